package dev.plasticity.runtime.output;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.plasticity.api.sim.Curve;
import dev.plasticity.runtime.engine.MetricRow;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Variant and metric names with commas, quotes and line breaks keep every CSV output's columns in place. */
class CsvOutputTest {
  private static final String AWKWARD = "lr=0.01, mom=0.9";

  @TempDir
  Path dir;

  @Test
  void cellsAreQuotedOnlyWhereRfc4180AsksForIt() {
    assertEquals("plain-name_1.5", Csv.cell("plain-name_1.5"));
    assertEquals("\"a,b\"", Csv.cell("a,b"));
    assertEquals("\"say \"\"hi\"\"\"", Csv.cell("say \"hi\""));
    assertEquals("\"two\nlines\"", Csv.cell("two\nlines"));
    assertEquals("\"cr\rhere\"", Csv.cell("cr\rhere"));
  }

  @Test
  void everyCsvOfARunKeepsItsColumns() throws IOException {
    Map<String, Double> values = new LinkedHashMap<>();
    values.put("loss, train", 0.5);
    MetricRow row = new MetricRow(AWKWARD, 1, 9, values);

    MetricsLog log = new MetricsLog(dir, Map.of(AWKWARD, 3L));
    log.open(Map.of());
    log.append(row);
    assertEquals(List.of("\"loss, train\"", "\"lr=0.01, mom=0.9\""), cells(Files.readAllLines(dir.resolve("metrics.csv"))));

    assertEquals(List.of("\"loss, train\"", "\"lr=0.01, mom=0.9\""), cells(FinalTable.csv(List.of(row)).lines().toList()));

    List<MetricRow> replicates = List.of(new MetricRow(AWKWARD + "@seed1", 1, 9, values),
        new MetricRow(AWKWARD + "@seed2", 1, 9, values));
    List<String> seeds = SeedStatistics.csv(SeedStatistics.of(replicates, null)).lines().toList();
    assertEquals("rank,variant,n,\"loss, train_mean\",\"loss, train_std\",\"loss, train_min\",\"loss, train_max\"",
        seeds.get(0));
    assertEquals("1,\"lr=0.01, mom=0.9\",2,0.5,0.0,0.5,0.5", seeds.get(1));

    CurveLog curves = new CurveLog(dir, List.of(AWKWARD));
    curves.put(AWKWARD, new Curve("pr", "a \"b\"", "recall, %", "precision", new double[] {1}, new double[] {2}));
    curves.write(dir);
    assertEquals("variant,series,\"recall, %\",precision\n\"lr=0.01, mom=0.9\",\"a \"\"b\"\"\",1.0,2.0\n",
        Files.readString(dir.resolve("plots/curves/pr.csv")));
  }

  @Test
  void metricsCsvNamesEachRowsSeedAndTheVariantItReplicates() throws IOException {
    Map<String, Long> seeds = new LinkedHashMap<>();
    seeds.put("bp@seed7", 7L);
    seeds.put("fa", 4L);
    MetricsLog log = new MetricsLog(dir, seeds);
    log.open(Map.of());
    log.append(new MetricRow("bp@seed7", 1, 9, Map.of("loss", 0.5)));
    log.append(new MetricRow("fa", 1, 9, Map.of("loss", 0.25)));
    assertEquals(List.of("variant,epoch,tick,seed,base_variant,loss", "bp@seed7,1,9,7,bp,0.5", "fa,1,9,4,fa,0.25"),
        Files.readAllLines(dir.resolve("metrics.csv")));
    assertEquals("{\"variant\":\"bp@seed7\",\"epoch\":1,\"tick\":9,\"loss\":0.5}",
        Files.readAllLines(dir.resolve("metrics.jsonl")).get(0), "metrics.jsonl as it was");
  }

  /** The quoted cells of a CSV text (header and rows), each as it stands in the file. */
  private static List<String> cells(List<String> lines) {
    List<String> quoted = new ArrayList<>();
    for (String line : lines) {
      java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"(?:[^\"]|\"\")*\"").matcher(line);
      while (m.find()) {
        quoted.add(m.group());
      }
    }
    return quoted.stream().distinct().sorted().toList();
  }
}
