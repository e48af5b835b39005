package dev.plasticity.scenarios;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.plasticity.runtime.cli.InProcess;
import dev.plasticity.runtime.scenario.Json;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every scenario, in its smoke size, stopped in the middle of an epoch (as Ctrl-C stops it),
 * resumed for one more tick, stopped again and resumed to the end, writes the same metrics
 * and curves as a run never stopped: whatever a plugin keeps between ticks (a drawn
 * sequence, a memory, a running sum, hash tables) must be in its checkpoint.
 */
class MidRunResumeTest {
  @TempDir
  Path out;

  @TestFactory
  Stream<DynamicTest> everyScenarioResumesFromTheMiddleOfAnEpoch() {
    return Scenarios.all().stream().map(p -> DynamicTest.dynamicTest(ScenarioFilesTest.name(p), () -> {
      String name = ScenarioFilesTest.name(p).replace('/', '_');
      Path whole = out.resolve(name + "-whole");
      InProcess.Result r = Scenarios.cli(Scenarios.withStandIns(p, "run", p.toString(), "--smoke", "--out", whole.toString()));
      assertEquals(0, r.exit(), r.err());
      long stop = midEpoch(whole.resolve("metrics.jsonl"));
      // A variant of one tick (a whole evaluation in one event) has no middle to stop in.
      assumeTrue(stop >= 0, "one tick per variant: nothing to stop within");

      Path split = out.resolve(name + "-split");
      r = Scenarios.cli(Scenarios.withStandIns(p, "run", p.toString(), "--smoke", "--out", split.toString(),
          "--stop-after-tick", Long.toString(stop)));
      assertEquals(0, r.exit(), r.err());
      assertTrue(r.out().contains("stopped after tick " + stop) || r.err().contains("stopped after tick " + stop),
          "the run says where it stopped: " + r.out() + r.err());
      // A second sitting of one tick: a checkpoint taken right after a restore.
      r = Scenarios.cli("resume", split.toString(), "--stop-after-tick", Long.toString(stop + 1));
      assertEquals(0, r.exit(), r.err());
      r = Scenarios.cli("resume", split.toString());
      assertEquals(0, r.exit(), r.err());

      for (String f : List.of("metrics.jsonl", "curves.jsonl")) {
        if (Files.exists(whole.resolve(f))) {
          assertArrayEquals(Files.readAllBytes(whole.resolve(f)), Files.readAllBytes(split.resolve(f)),
              f + " after a stop at tick " + stop + " and resume");
        }
      }
    }));
  }

  /**
   * A tick inside the second epoch of the first variant (or the first, if it has one),
   * 3/8 of the way through it: not halfway, which in a smoke run of two sequences is the
   * end of one. −1 when the first variant runs a single tick.
   */
  private static long midEpoch(Path metrics) throws Exception {
    List<String> lines = Files.readAllLines(metrics);
    JsonNode first = row(lines.get(0));
    long from = -1;
    long to = first.get("tick").asLong();
    if (lines.size() > 1) {
      JsonNode second = row(lines.get(1));
      if (second.get("variant").asText().equals(first.get("variant").asText())) {
        from = to;
        to = second.get("tick").asLong();
      }
    }
    // Epochs of one tick have no inside: then the stop falls between the first two.
    return Math.min(to - 1, from + Math.max(1, (to - from) * 3 / 8));
  }

  private static JsonNode row(String line) {
    return Json.parse(line.getBytes(StandardCharsets.UTF_8), "metrics.jsonl");
  }
}
