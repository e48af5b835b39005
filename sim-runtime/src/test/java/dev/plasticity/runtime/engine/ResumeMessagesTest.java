package dev.plasticity.runtime.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.plasticity.runtime.cli.InProcess;
import dev.plasticity.runtime.config.Binder;
import dev.plasticity.runtime.output.Console;
import dev.plasticity.runtime.scenario.Json;
import dev.plasticity.runtime.scenario.RunOptions;
import dev.plasticity.runtime.scenario.ScenarioLoader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a resumed run says about each variant is what happened to it. */
class ResumeMessagesTest {
  @TempDir
  Path dir;

  @Test
  void variantsStoppedBeforeTheyStartedStayPendingAndAreNotResumed() throws IOException {
    Path scenario = TinyRun.scenario(dir, "\"a\": {}, \"b\": {}, \"c\": {}");
    Path run = dir.resolve("r");
    PrintStream quiet = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
    Runner runner = new Runner(TinyRun.TYPES, new ScenarioLoader(new Binder(TinyRun.TYPES)),
        new Console(quiet, quiet, false));
    runner.requestStop(); // Ctrl-C while the variants wait for their workers
    assertFalse(runner.run(scenario, new RunOptions(null, List.of(), List.of()), run, false, "run", 2).finished());

    JsonNode variants = Json.readFile(run.resolve("summary.json")).get("variants");
    for (String v : List.of("a", "b", "c")) {
      assertEquals("pending", variants.get(v).get("status").asText(), v);
      assertFalse(Files.exists(RunDirectory.checkpointOf(run, v)), v + " has no checkpoint");
    }
    InProcess.Result r = TinyRun.cli("resume", run.toString());
    assertEquals(0, r.exit(), r.err());
    assertFalse(r.err().contains("resuming variant"), "none of them had started:\n" + r.err());
    Path whole = dir.resolve("whole");
    assertEquals(0, TinyRun.cli("run", scenario.toString(), "--out", whole.toString(), "--jobs", "2").exit());
    assertArrayEquals(Files.readAllBytes(whole.resolve("metrics.jsonl")), Files.readAllBytes(run.resolve("metrics.jsonl")));
  }

  @Test
  void aStopTickBeforeTheCheckpointIsSaid() {
    Path scenario = TinyRun.scenario(dir, "");
    Path run = dir.resolve("r");
    assertEquals(0, TinyRun.cli("run", scenario.toString(), "--out", run.toString(), "--stop-after-tick", "4").exit());
    InProcess.Result r = TinyRun.cli("resume", run.toString(), "--stop-after-tick", "1");
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.err().contains("variant 'default' is at tick 5 already, past --stop-after-tick 1: not run further\n"),
        r.err());
    assertFalse(r.err().contains("resuming variant"), r.err());
  }
}
