package dev.plasticity.sweep;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.plasticity.runtime.cli.InProcess;
import dev.plasticity.runtime.config.Binder;
import dev.plasticity.runtime.engine.FileDataContext;
import dev.plasticity.runtime.scenario.Json;
import dev.plasticity.runtime.scenario.LoadedScenario;
import dev.plasticity.runtime.scenario.RunOptions;
import dev.plasticity.runtime.scenario.Scenario;
import dev.plasticity.runtime.scenario.ScenarioLoader;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * kunin-matrix.json as a sweep: its points are the 92 variants the file listed by hand
 * (kept as a test resource), and in smoke size a point's rows are the same bytes as the
 * same variant of the old file gives; the merged files do not depend on --jobs; a
 * coordinator killed part-way and resumed ends with the same bytes.
 */
class KuninMatrixTest {
  private static final Path SWEEP = SweepRuns.scenario("alignment/kunin-matrix.json");
  /** The file as it was before the sweep: 92 variants written out. */
  private static final Path OLD = Path.of("src/test/resources/kunin-matrix-92-variants.json").toAbsolutePath();
  private static final ScenarioLoader LOADER = new ScenarioLoader(new Binder(SweepRuns.TYPES));
  /** What the two files may differ in: the description says it is a sweep, the old file lists variants. */
  private static final Set<String> NOT_COMPARED = Set.of("description", "variants", "smoke", "seeds");

  @TempDir
  Path tmp;

  @Test
  void thePointsAreTheNinetyTwoVariantsOfTheOldFile() throws Exception {
    LoadedScenario old = LOADER.load(OLD, RunOptions.NONE, new FileDataContext(OLD));
    LoadedScenario sc = LOADER.load(SWEEP, RunOptions.NONE, new FileDataContext(SWEEP));
    SweepPlan plan = SweepPlan.of(sc, LOADER);
    assertEquals(92, plan.points().size());
    assertEquals(List.of(42L, 1L, 2L), plan.spec().seeds());
    List<SweepTask> at42 = plan.tasks().stream().filter(t -> t.seed() == 42).toList();
    assertEquals(92, old.variants().size());
    for (int i = 0; i < 92; i++) {
      Scenario want = old.variants().get(i).scenario();
      Scenario got = LOADER.load(SWEEP, at42.get(i).tree(), RunOptions.NONE, new FileDataContext(SWEEP)).base();
      assertEquals(old.variants().get(i).name(), name(at42.get(i)), "point " + i + " is the old file's variant " + i);
      for (RecordComponent c : Scenario.class.getRecordComponents()) {
        if (!NOT_COMPARED.contains(c.getName())) {
          assertEquals(c.getAccessor().invoke(want), c.getAccessor().invoke(got),
              "point " + i + " (" + old.variants().get(i).name() + "): " + c.getName());
        }
      }
    }
  }

  @Test
  void smokeRowsAreTheOldFilesBytesAndTheMergeIsTheSameWhateverJobsAndAfterAKilledCoordinator() throws IOException {
    InProcess.Result old = SweepRuns.cli("run", OLD.toString(), "--smoke", "--jobs", "2", "--out", tmp.resolve("old").toString());
    assertEquals(0, old.exit(), old.err());
    InProcess.Result two = SweepRuns.cli("sweep", SWEEP.toString(), "--smoke", "--jobs", "2", "--out", tmp.resolve("two").toString());
    assertEquals(0, two.exit(), two.err());
    assertTrue(two.err().contains("ranked by test-accuracy") || two.out().contains("ranked by test-accuracy"), two.err());

    // The four variants of the old file's smoke block are points of the sweep's: the same rows, byte for byte.
    Map<String, String> oldRows = rowsByVariant(tmp.resolve("old/metrics.jsonl"));
    Map<String, String> sweepRows = rowsByPoint(tmp.resolve("two/metrics.jsonl"));
    assertEquals(Set.of("bp", "fa", "decay0.5+self1", "amp0.5+sparse0.1"), oldRows.keySet());
    assertEquals(6, sweepRows.size(), sweepRows.keySet().toString());
    for (String v : oldRows.keySet()) {
      assertEquals(oldRows.get(v), sweepRows.get(v), v);
    }

    InProcess.Result one = SweepRuns.cli("sweep", SWEEP.toString(), "--smoke", "--out", tmp.resolve("one").toString());
    assertEquals(0, one.exit(), one.err());
    for (String f : List.of("metrics.jsonl", "metrics.csv", "ranked.csv", "results.parquet")) {
      assertArrayEquals(Files.readAllBytes(tmp.resolve("one").resolve(f)), Files.readAllBytes(tmp.resolve("two").resolve(f)),
          f + " with --jobs 1 and --jobs 2");
    }
    String report = Files.readString(tmp.resolve("one/report.html"));
    assertTrue(report.contains("plots/heatmap-first-second.png"), "the heat map of the primitive pairs");
    assertTrue(Files.size(tmp.resolve("one/plots/heatmap-first-second.png")) > 1000);
    assertTrue(Files.size(tmp.resolve("one/plots/test-accuracy-by-firstWeight.png")) > 1000);
    String csvHeader = Files.readAllLines(tmp.resolve("one/metrics.csv")).get(0);
    assertTrue(csvHeader.startsWith("task,point,seed,credit,first,second,firstWeight,secondWeight,epoch,tick,"), csvHeader);

    // A coordinator killed with two tasks unsettled (one never started, one with a run but no
    // status) and its merged files not yet written: resume runs what is left to the same bytes.
    Path killed = tmp.resolve("one");
    byte[] whole = Files.readAllBytes(killed.resolve("metrics.jsonl"));
    for (String f : List.of("metrics.jsonl", "metrics.csv", "ranked.csv", "results.parquet", "report.html", "summary.json")) {
      Files.delete(killed.resolve(f));
    }
    Files.delete(killed.resolve("status/4-seed42.json"));
    Files.delete(killed.resolve("status/5-seed42.json"));
    deleteTree(killed.resolve("tasks/5-seed42"));
    InProcess.Result resumed = SweepRuns.cli("resume", killed.toString());
    assertEquals(0, resumed.exit(), resumed.err());
    assertTrue((resumed.out() + resumed.err()).contains("4 settled in an earlier sitting"), resumed.err());
    assertArrayEquals(whole, Files.readAllBytes(killed.resolve("metrics.jsonl")), "resumed: the same merged bytes");

    InProcess.Result again = SweepRuns.cli("sweep", SWEEP.toString(), "--smoke", "--out", killed.toString());
    assertEquals(2, again.exit());
    assertTrue(again.err().contains("holds a sweep already; continue it with plasticity resume"), again.err());
  }

  /** The old run's rows per variant, without their {"variant":"NAME", prefix. */
  private static Map<String, String> rowsByVariant(Path jsonl) throws IOException {
    Map<String, String> out = new LinkedHashMap<>();
    for (String line : Files.readAllLines(jsonl)) {
      String v = Json.parse(line.getBytes(StandardCharsets.UTF_8), "row").get("variant").asText();
      String prefix = "{\"variant\":" + Json.MAPPER.writeValueAsString(v) + ",";
      out.merge(v, line.substring(prefix.length()) + "\n", String::concat);
    }
    return out;
  }

  /** The sweep's rows per point, named as the old file named its variants, without their tags. */
  private static Map<String, String> rowsByPoint(Path jsonl) throws IOException {
    Map<String, String> out = new LinkedHashMap<>();
    for (String line : Files.readAllLines(jsonl)) {
      JsonNode n = Json.parse(line.getBytes(StandardCharsets.UTF_8), "row");
      String tags = "\"seed\":" + n.get("seed").asLong() + ",";
      out.merge(name(n), line.substring(line.indexOf(tags) + tags.length()) + "\n", String::concat);
    }
    return out;
  }

  private static String name(SweepTask t) {
    Map<String, Object> tags = new LinkedHashMap<>();
    t.point().settings().forEach(s -> tags.put(s.column(), s.tag(s.column().equals("credit"))));
    return name(Json.MAPPER.valueToTree(tags));
  }

  /** bp, fa, or decay0.5+self1 as the old file wrote them. */
  private static String name(JsonNode n) {
    String credit = n.get("credit").asText();
    if (!credit.equals("kunin")) {
      return credit;
    }
    return n.get("first").asText() + weight(n.get("firstWeight")) + "+" + n.get("second").asText() + weight(n.get("secondWeight"));
  }

  private static String weight(JsonNode w) {
    double v = w.doubleValue();
    return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
  }

  private static void deleteTree(Path p) throws IOException {
    try (var walk = Files.walk(p)) {
      for (Path f : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(f);
      }
    }
  }
}
