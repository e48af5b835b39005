package dev.plasticity.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.plasticity.runtime.cli.InProcess;
import dev.plasticity.runtime.scenario.Json;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --seeds}: every variant once per seed, and the spread over seeds in the outputs. */
class SeedsTest {
  @TempDir
  Path out;

  private static final String SCENARIO = "alignment/bp-fashion-mnist.json";

  @Test
  void repeatsEveryVariantPerSeedAndSummarisesTheSpread() throws Exception {
    Path run = out.resolve("seeds");
    InProcess.Result r = Scenarios.cli("run", Scenarios.dir().resolve(SCENARIO).toString(),
        "--smoke", "--out", run.toString(), "--seeds", "1,2", "--set", "rankBy=test-accuracy",
        "--set", "variants.tiny-lr={\"learning.optimizer.lr\": 0.0001}",
        "--set", "variants.normal={}", "--set", "baseline=normal");
    assertEquals(0, r.exit(), r.err());
    JsonNode summary = Json.readFile(run.resolve("summary.json"));
    JsonNode finals = summary.get("variants");
    double a1 = finals.get("normal@seed1").get("test-accuracy").asDouble();
    double a2 = finals.get("normal@seed2").get("test-accuracy").asDouble();
    assertNotEquals(a1, a2, "the replicates must differ in their seed");

    JsonNode normal = summary.get("acrossSeeds").get("normal");
    assertEquals(List.of("normal@seed1", "normal@seed2"),
        List.of(normal.get("replicates").get(0).asText(), normal.get("replicates").get(1).asText()));
    JsonNode acc = normal.get("metrics").get("test-accuracy");
    assertEquals(2, acc.get("n").asInt());
    assertEquals((a1 + a2) / 2, acc.get("mean").asDouble(), 1e-12);
    assertEquals(Math.abs(a1 - a2) / Math.sqrt(2), acc.get("std").asDouble(), 1e-12);
    assertEquals(Math.min(a1, a2), acc.get("min").asDouble(), 0);
    assertEquals(Math.max(a1, a2), acc.get("max").asDouble(), 0);
    assertEquals("normal", summary.get("acrossSeeds").fieldNames().next(), "ranked by the mean");

    List<String> csv = Files.readAllLines(run.resolve("seeds.csv"));
    assertTrue(csv.get(0).startsWith("rank,variant,n,") && csv.get(0).contains("test-accuracy_mean"), csv.get(0));
    assertTrue(csv.get(1).startsWith("1,normal,2,"), csv.toString());
    assertTrue(r.out().contains("over seeds (mean ± std):"), r.out());
    assertTrue(Files.readString(run.resolve("report.html")).contains("Over seeds"), "report.html shows the spread");

    // Paired with the baseline: each replicate minus the baseline's with the same seed.
    double t1 = finals.get("tiny-lr@seed1").get("test-accuracy").asDouble();
    double t2 = finals.get("tiny-lr@seed2").get("test-accuracy").asDouble();
    JsonNode paired = summary.get("pairedWith");
    assertEquals("normal", paired.get("baseline").asText());
    assertEquals(1, paired.get("variants").size(), "the baseline is not compared with itself");
    JsonNode d = paired.get("variants").get("tiny-lr").get("metrics").get("test-accuracy");
    assertEquals(((t1 - a1) + (t2 - a2)) / 2, d.get("mean").asDouble(), 1e-12);
    assertEquals(Math.abs((t1 - a1) - (t2 - a2)) / Math.sqrt(2), d.get("std").asDouble(), 1e-12);
    assertTrue(Files.readAllLines(run.resolve("paired.csv")).get(1).startsWith("1,tiny-lr,2,"));
    assertTrue(r.out().contains("minus normal with the same seed"), r.out());
    assertTrue(Files.readString(run.resolve("report.html")).contains("Minus normal with the same seed"));

    // A replicate is the scenario run with that seed: the same final numbers.
    Path single = out.resolve("single");
    InProcess.Result s = Scenarios.cli("run", Scenarios.dir().resolve(SCENARIO).toString(),
        "--smoke", "--out", single.toString(), "--seed", "2");
    assertEquals(0, s.exit(), s.err());
    assertEquals(a2, Json.readFile(single.resolve("summary.json")).get("variants").get("default")
        .get("test-accuracy").asDouble(), 0);
  }

  @Test
  void aBaselineMustNameAVariant() {
    InProcess.Result r = Scenarios.cli("run", Scenarios.dir().resolve(SCENARIO).toString(),
        "--smoke", "--out", out.resolve("b").toString(), "--seeds", "1,2",
        "--set", "variants.normal={}", "--set", "baseline=norml");
    assertEquals(2, r.exit(), r.out());
    assertTrue(r.err().contains("$.baseline: no such variant 'norml'; known: normal; did you mean 'normal'?"), r.err());
  }

  @Test
  void seedAndSeedsTogetherAreRefused() {
    InProcess.Result r = Scenarios.cli("run", Scenarios.dir().resolve(SCENARIO).toString(),
        "--smoke", "--out", out.resolve("x").toString(), "--seed", "3", "--seeds", "1,2,1");
    assertEquals(2, r.exit(), r.out());
    assertTrue(r.err().contains("--seed and --seeds: give one or the other"), r.err());
    assertTrue(r.err().contains("a seed is repeated"), r.err());
    assertTrue(!r.err().contains("Exception"), r.err());
  }
}
