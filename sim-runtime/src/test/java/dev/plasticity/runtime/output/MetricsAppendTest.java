package dev.plasticity.runtime.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.plasticity.runtime.engine.MetricRow;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * metrics.jsonl and metrics.csv grow by appending, not by rewriting the whole file at every
 * row, and still end as the same bytes whatever order the variants' rows came in; a resumed
 * log drops what its checkpoint had not counted, a torn last line included.
 */
class MetricsAppendTest {
  private static final Map<String, Long> SEEDS = seeds("a", "b");

  @TempDir
  Path dir;

  @Test
  void rowsAreAppendedToTheSameFiles() throws IOException {
    MetricsLog log = new MetricsLog(dir, SEEDS);
    log.open(Map.of());
    log.append(row("a", 1, 0.5));
    Object jsonl = fileKey("metrics.jsonl");
    Object csv = fileKey("metrics.csv");
    log.append(row("a", 2, 0.25));
    log.append(row("b", 1, 0.75));
    assertEquals(jsonl, fileKey("metrics.jsonl"), "a rewrite (temporary file and rename) would be another file");
    assertEquals(csv, fileKey("metrics.csv"));
    assertEquals(3, Files.readAllLines(dir.resolve("metrics.jsonl")).size());
    assertEquals("variant,epoch,tick,seed,base_variant,loss", Files.readAllLines(dir.resolve("metrics.csv")).get(0));
  }

  @Test
  void interleavedRowsEndInScenarioOrderAsOneAfterAnotherWould() throws IOException {
    Path sequential = dir.resolve("sequential");
    MetricsLog one = new MetricsLog(sequential, SEEDS);
    one.open(Map.of());
    for (MetricRow r : List.of(row("a", 1, 0.5), row("a", 2, 0.25), row("b", 1, 0.75), row("b", 2, 0.125))) {
      one.append(r);
    }
    one.settle();
    Path parallel = dir.resolve("parallel");
    MetricsLog side = new MetricsLog(parallel, SEEDS);
    side.open(Map.of());
    for (MetricRow r : List.of(row("b", 1, 0.75), row("a", 1, 0.5), row("b", 2, 0.125), row("a", 2, 0.25))) {
      side.append(r);
    }
    assertNotEquals(Files.readString(sequential.resolve("metrics.jsonl")),
        Files.readString(parallel.resolve("metrics.jsonl")), "interleaved while running");
    side.settle();
    for (String f : List.of("metrics.jsonl", "metrics.csv")) {
      assertEquals(Files.readString(sequential.resolve(f)), Files.readString(parallel.resolve(f)), f);
    }
  }

  @Test
  void aNewColumnRewritesTheHeaderAndKeepsEveryRowInPlace() throws IOException {
    MetricsLog log = new MetricsLog(dir, SEEDS);
    log.open(Map.of());
    log.append(row("a", 1, 0.5));
    Map<String, Double> more = new LinkedHashMap<>();
    more.put("loss", 0.25);
    more.put("accuracy", 0.875);
    log.append(new MetricRow("b", 1, 1, more));
    assertEquals(List.of("variant,epoch,tick,seed,base_variant,loss,accuracy", "a,1,0,1,a,0.5,", "b,1,1,2,b,0.25,0.875"),
        Files.readAllLines(dir.resolve("metrics.csv")));
  }

  @Test
  void resumingKeepsTheCountedRowsAndDropsATornLastLine() throws IOException {
    MetricsLog log = new MetricsLog(dir, SEEDS);
    log.open(Map.of());
    log.append(row("a", 1, 0.5));
    log.append(row("a", 2, 0.25)); // appended, then killed before the checkpoint counting it
    log.append(row("b", 1, 0.75));
    String whole = Files.readString(dir.resolve("metrics.jsonl"));
    AtomicFiles.append(dir.resolve("metrics.jsonl"), "{\"variant\":\"b\",\"epo"); // killed within an append

    MetricsLog resumed = new MetricsLog(dir, SEEDS);
    resumed.open(Map.of("a", 1, "b", 5));
    assertEquals(1, resumed.count("a"));
    assertEquals(1, resumed.count("b"));
    assertEquals(whole.lines().filter(l -> !l.contains("\"epoch\":2")).map(l -> l + "\n").reduce("", String::concat),
        Files.readString(dir.resolve("metrics.jsonl")));
    assertEquals(3, Files.readAllLines(dir.resolve("metrics.csv")).size(), "header and a row per variant");
  }

  private Object fileKey(String name) throws IOException {
    return Files.readAttributes(dir.resolve(name), BasicFileAttributes.class).fileKey();
  }

  private static MetricRow row(String variant, long epoch, double loss) {
    return new MetricRow(variant, epoch, epoch - 1, Map.of("loss", loss));
  }

  private static Map<String, Long> seeds(String... variants) {
    Map<String, Long> m = new LinkedHashMap<>();
    for (int i = 0; i < variants.length; i++) {
      m.put(variants[i], i + 1L);
    }
    return m;
  }
}
