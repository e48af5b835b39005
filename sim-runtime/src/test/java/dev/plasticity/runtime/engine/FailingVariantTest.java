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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A variant that fails does not take the run with it: the others run to the end and their
 * outputs are written, the failure is marked with its reason everywhere, and the run
 * exits 1. Resuming skips the failed variant.
 */
class FailingVariantTest {
  /** Three variants of 6 ticks (2 epochs of 3); "bad" throws at tick 4, in its second epoch. */
  private static final String VARIANTS = "\"a\": {}, \"bad\": {\"metrics[1].tick\": 4}, \"c\": {\"metrics[0].slope\": 2}";
  private static final String REASON = "at tick 4 in FEEDBACK event 'test-fail-at': failed on purpose at tick 4";

  @TempDir
  Path dir;

  private InProcess.Result run(String out, String... extra) {
    Path scenario = TinyRun.scenario(dir, VARIANTS);
    String[] args = new String[4 + extra.length];
    args[0] = "run";
    args[1] = scenario.toString();
    args[2] = "--out";
    args[3] = dir.resolve(out).toString();
    System.arraycopy(extra, 0, args, 4, extra.length);
    return TinyRun.cli(args);
  }

  @Test
  void theOtherVariantsRunToTheEndAndTheFailureIsMarkedEverywhere() throws IOException {
    InProcess.Result r = run("one-by-one");
    assertEquals(1, r.exit(), r.err());
    assertTrue(r.err().contains("error: variant 'bad' failed " + REASON + " (set PLASTICITY_DEBUG=1"), r.err());
    assertFalse(r.err().contains("\tat "), r.err());
    assertTrue(r.out().lines().anyMatch(l -> l.matches("bad +-  failed .*") && l.endsWith("failed " + REASON)),
        "final table:\n" + r.out());
    Path run = dir.resolve("one-by-one");

    JsonNode summary = Json.readFile(run.resolve("summary.json")).get("variants");
    assertEquals(2.0, summary.get("a").get("test-curve/epoch").asDouble());
    assertEquals(2.0, summary.get("c").get("test-curve/epoch").asDouble());
    assertEquals("failed", summary.get("bad").get("status").asText());
    assertEquals(REASON, summary.get("bad").get("reason").asText());
    assertFalse(summary.get("bad").has("test-curve/epoch"), "a failed variant's last row is no result");

    JsonNode provenance = Json.readFile(run.resolve("provenance.json"));
    assertEquals("failed", provenance.get("status").asText());
    assertEquals("variant 'bad' failed " + REASON, provenance.get("failures").get(0).asText());
    assertTrue(Files.readString(run.resolve("report.html")).contains("failed " + REASON));
    assertTrue(Files.readString(run.resolve("final.csv")).lines().noneMatch(l -> l.contains("bad")));
    // c, after the failure, ran to its end too.
    assertTrue(Files.readString(run.resolve("metrics.jsonl")).contains("{\"variant\":\"c\",\"epoch\":2,"));
  }

  @Test
  void sideBySideTheVariantRunningAlongsideIsNotLost() throws IOException {
    run("one-by-one");
    InProcess.Result r = run("side-by-side", "--jobs", "2");
    assertEquals(1, r.exit(), r.err());
    for (String f : new String[] {"metrics.jsonl", "summary.json", "final.csv"}) {
      assertArrayEquals(Files.readAllBytes(dir.resolve("one-by-one").resolve(f)),
          Files.readAllBytes(dir.resolve("side-by-side").resolve(f)), f + " as one after another");
    }
  }

  @Test
  void resumingContinuesTheUnfinishedVariantsAndSkipsTheFailedOne() throws IOException {
    run("whole");
    InProcess.Result r = run("split", "--jobs", "3", "--stop-after-tick", "4");
    assertEquals(1, r.exit(), "stopped where asked, with a variant failed: " + r.err());
    assertEquals("interrupted", Json.readFile(dir.resolve("split/provenance.json")).get("status").asText());

    r = TinyRun.cli("resume", dir.resolve("split").toString());
    assertEquals(1, r.exit(), r.err());
    assertTrue(r.err().contains("skipping variant 'bad': it failed in an earlier sitting (" + REASON
        + "); it would fail the same way again"), r.err());
    assertTrue(r.err().contains("resuming variant 'a' at tick 5") && r.err().contains("resuming variant 'c' at tick 5"),
        r.err());
    assertFalse(r.err().contains("resuming variant 'bad'"), r.err());
    assertArrayEquals(Files.readAllBytes(dir.resolve("whole/metrics.jsonl")),
        Files.readAllBytes(dir.resolve("split/metrics.jsonl")));
    assertEquals("failed", Json.readFile(dir.resolve("split/provenance.json")).get("status").asText());
  }

  @Test
  void badInputThatShowsOnlyOnceANetworkExistsStopsTheRunBeforeAnythingTrains() throws IOException {
    Path scenario = TinyRun.scenario(dir, "\"a\": {}, \"refused\": {\"metrics[1]\": {\"type\": \"test-refusing\", \"size\": 5}}");
    InProcess.Result r = TinyRun.cli("run", scenario.toString(), "--out", dir.resolve("r").toString());
    assertEquals(2, r.exit(), r.err());
    assertEquals(java.util.List.of("error: variant 'refused': $.metrics[1].size: must equal the output size 2, got 5"),
        r.err().lines().filter(l -> l.startsWith("error: ")).toList());
    assertEquals("", Files.readString(dir.resolve("r/metrics.jsonl")), "nothing trained");
    JsonNode provenance = Json.readFile(dir.resolve("r/provenance.json"));
    assertEquals("failed", provenance.get("status").asText());
    assertEquals("variant 'refused': $.metrics[1].size: must equal the output size 2, got 5",
        provenance.get("error").asText());
  }
}
