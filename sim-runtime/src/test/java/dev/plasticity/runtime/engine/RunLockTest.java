package dev.plasticity.runtime.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plasticity.runtime.cli.InProcess;
import dev.plasticity.runtime.config.InputException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One writer per run directory, and no .lock left once it is done, however the run ended. */
class RunLockTest {
  @TempDir
  Path dir;

  @Test
  void aSecondWriterIsKeptOutUntilTheFirstReleases() {
    try (RunLock first = RunLock.acquire(dir)) {
      assertTrue(Files.exists(dir.resolve(".lock")));
      InputException e = assertThrows(InputException.class, () -> RunLock.acquire(dir));
      assertTrue(e.getMessage().contains("another plasticity process is writing this run directory"), e.getMessage());
    }
    assertFalse(Files.exists(dir.resolve(".lock")), "released and gone");
    RunLock.acquire(dir).close();
  }

  @Test
  void noLockFileIsLeftWhetherTheRunFinishedFailedOrWasRefused() {
    Path scenario = TinyRun.scenario(dir, "\"a\": {}, \"bad\": {\"metrics[1].tick\": 1}");
    Path out = dir.resolve("run");
    InProcess.Result r = TinyRun.cli("run", scenario.toString(), "--out", out.toString());
    assertEquals(1, r.exit(), r.err());
    assertFalse(Files.exists(out.resolve(".lock")), "after a failed variant");
    r = TinyRun.cli("run", scenario.toString(), "--out", out.toString());
    assertEquals(2, r.exit(), "holds a run already: " + r.err());
    assertFalse(Files.exists(out.resolve(".lock")), "after a refusal");
    r = TinyRun.cli("run", scenario.toString(), "--out", out.toString(), "--variant", "a", "--force");
    assertEquals(0, r.exit(), r.err());
    assertFalse(Files.exists(out.resolve(".lock")), "after a finished run");
  }
}
