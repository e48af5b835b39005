package dev.plasticity.runtime.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.plasticity.runtime.cli.InProcess;
import dev.plasticity.runtime.scenario.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run's scenario.json is the scenario as it ran: run with no option, from another
 * directory than the original's, it writes the same metrics.jsonl and curves.jsonl bytes.
 */
class ScenarioCopyTest {
  @TempDir
  Path dir;

  @Test
  void theCopyHoldsTheCommandLinesChangesAndReproducesTheRun() throws IOException {
    Path scenario = scenario("\"a\": {}, \"b\": {\"schedule.epochs\": 1, \"metrics[0].slope\": 3}, \"c\": {}",
        ", \"baseline\": \"c\", \"smoke\": {\"schedule.epochs\": 1, \"metrics[0].slope\": 5}");
    Path first = dir.resolve("first");
    // --set after --smoke wins over it; --variant leaves c (the baseline) out.
    InProcess.Result r = TinyRun.cli("run", scenario.toString(), "--smoke", "--set", "schedule.epochs=3",
        "--set", "variants.a.metrics[0].slope=7", "--variant", "a", "--variant", "b", "--seed", "9",
        "--out", first.toString());
    assertEquals(0, r.exit(), r.err());
    JsonNode copy = Json.readFile(first.resolve("scenario.json"));
    assertFalse(copy.has("smoke"), "smoke was applied: it must not apply again");
    assertEquals(3, copy.at("/schedule/epochs").asInt());
    assertEquals(5, copy.at("/metrics/0/slope").asInt(), "the smoke change is in the copy");
    assertEquals(9, copy.get("seed").asInt());
    assertEquals(List.of("a", "b"), names(copy.get("variants")));
    assertEquals(7, copy.at("/variants/a/metrics[0].slope").asInt(), "a --set into a variant is in its changes");
    assertFalse(copy.has("baseline"), "the baseline variant did not run");
    assertEquals(scenario.resolveSibling("vectors.csv").toString(), copy.at("/data/path").asText(),
        "a relative path is written where it led");

    Path again = runCopy(first);
    assertSameBytes(first, again, "curves.jsonl");
    assertSameBytes(first, again, "scenario.json");
  }

  @Test
  void withoutSmokeTheCopyKeepsTheSmokeBlockForALaterSmokeRun() throws IOException {
    Path scenario = scenario("\"a\": {}", ", \"smoke\": {\"schedule.epochs\": 1}");
    InProcess.Result r = TinyRun.cli("run", scenario.toString(), "--out", dir.resolve("r").toString());
    assertEquals(0, r.exit(), r.err());
    JsonNode copy = Json.readFile(dir.resolve("r/scenario.json"));
    assertEquals(1, copy.at("/smoke/schedule.epochs").asInt());
    assertEquals(2, copy.at("/schedule/epochs").asInt());
  }

  @Test
  void seedsAreTheCopysSeedsSoTheReplicatesRunAgainWithoutTheOption() throws IOException {
    Path scenario = scenario("\"a\": {}, \"b\": {\"schedule.epochs\": 1}", ", \"baseline\": \"a\"");
    Path first = dir.resolve("first");
    InProcess.Result r = TinyRun.cli("run", scenario.toString(), "--seeds", "3,1", "--out", first.toString());
    assertEquals(0, r.exit(), r.err());
    JsonNode copy = Json.readFile(first.resolve("scenario.json"));
    assertEquals("[3,1]", copy.get("seeds").toString());
    Path again = runCopy(first);
    assertSameBytes(first, again, "metrics.csv");
    assertSameBytes(first, again, "seeds.csv");
    assertSameBytes(first, again, "paired.csv");
    assertTrue(Files.readString(again.resolve("metrics.jsonl")).contains("\"variant\":\"b@seed1\""));
  }

  @Test
  void aForcedRunOverARunWritesItsOwnCopy() throws IOException {
    Path scenario = scenario("\"a\": {}, \"b\": {}", "");
    Path out = dir.resolve("r");
    assertEquals(0, TinyRun.cli("run", scenario.toString(), "--out", out.toString()).exit());
    InProcess.Result r = TinyRun.cli("run", scenario.toString(), "--variant", "b", "--out", out.toString(), "--force");
    assertEquals(0, r.exit(), r.err());
    assertEquals(List.of("b"), names(Json.readFile(out.resolve("scenario.json")).get("variants")));
  }

  /** Runs {@code run}'s scenario.json with no option into another directory, checks its metrics.jsonl, returns it. */
  private Path runCopy(Path run) throws IOException {
    Path again = dir.resolve("again");
    InProcess.Result r = TinyRun.cli("run", run.resolve("scenario.json").toString(), "--out", again.toString());
    assertEquals(0, r.exit(), r.err());
    assertSameBytes(run, again, "metrics.jsonl");
    return again;
  }

  @Test
  void aResumeOfARunThatHadNoCopyYetWritesTheSameOne() throws IOException {
    Path scenario = scenario("\"a\": {}, \"b\": {}", ", \"smoke\": {\"schedule.epochs\": 3}");
    Path whole = dir.resolve("whole");
    assertEquals(0, TinyRun.cli("run", scenario.toString(), "--smoke", "--variant", "b", "--out", whole.toString()).exit());
    Path stopped = dir.resolve("stopped");
    assertEquals(0, TinyRun.cli("run", scenario.toString(), "--smoke", "--variant", "b", "--out", stopped.toString(),
        "--stop-after-tick", "1").exit());
    Files.delete(stopped.resolve("scenario.json")); // as if killed before it was written
    InProcess.Result r = TinyRun.cli("resume", stopped.toString());
    assertEquals(0, r.exit(), r.err());
    assertSameBytes(whole, stopped, "scenario.json");
  }

  private Path scenario(String variants, String more) throws IOException {
    Path file = TinyRun.scenario(dir.resolve("scenarios"), variants);
    String text = Files.readString(file);
    int end = text.lastIndexOf('}');
    Files.writeString(file, text.substring(0, end) + more + "\n}\n");
    return file;
  }

  private static List<String> names(JsonNode object) {
    List<String> names = new ArrayList<>();
    object.fieldNames().forEachRemaining(names::add);
    return names;
  }

  private static void assertSameBytes(Path a, Path b, String file) throws IOException {
    assertArrayEquals(Files.readAllBytes(a.resolve(file)), Files.readAllBytes(b.resolve(file)), file);
  }
}
