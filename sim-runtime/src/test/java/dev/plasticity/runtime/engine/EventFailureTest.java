package dev.plasticity.runtime.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.plasticity.runtime.cli.InProcess;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An exception escaping a component's event names the variant, the tick, the phase and the event. */
class EventFailureTest {
  @TempDir
  Path dir;

  private List<String> errors(String variants) {
    Path scenario = TinyRun.scenario(dir, variants);
    InProcess.Result r = TinyRun.cli("run", scenario.toString(), "--out", dir.resolve("run").toString());
    assertEquals(1, r.exit(), r.err());
    assertFalse(r.err().contains("\tat "), "no stack trace:\n" + r.err());
    return Arrays.stream(r.err().split("\n")).filter(l -> l.startsWith("error: ")).toList();
  }

  @Test
  void aComponentsExceptionSaysWhereItHappenedAndHowToSeeTheTrace() {
    assertEquals(List.of("error: variant 'bad' failed at tick 4 in FEEDBACK event 'test-fail-at': "
        + "failed on purpose at tick 4 (set PLASTICITY_DEBUG=1 to see the stack trace)"),
        errors("\"bad\": {\"metrics[1].tick\": 4}"));
  }

  @Test
  void aComponentRefusingTheScenarioAtRunTimeNeedsNoTrace() {
    assertEquals(List.of("error: variant 'bad' failed at tick 2 in FEEDBACK event 'test-fail-at': "
        + "tick: refused at tick 2"),
        errors("\"bad\": {\"metrics[1].tick\": 2, \"metrics[1].config\": true}"));
  }
}
