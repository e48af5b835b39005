package dev.plasticity.runtime.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plasticity.runtime.cli.InProcess;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Resuming a run that has nothing left to run says so, and leaves its outputs as they were. */
class ResumeFinishedTest {
  @TempDir
  Path dir;

  @Test
  void aFinishedRunHasNothingToDo() throws IOException {
    Path run = dir.resolve("r");
    assertEquals(0, TinyRun.cli("run", TinyRun.scenario(dir, "").toString(), "--out", run.toString()).exit());
    byte[] provenance = Files.readAllBytes(run.resolve("provenance.json"));
    InProcess.Result r = TinyRun.cli("resume", run.toString());
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.err().contains(run + ": already finished; nothing to do"), r.err());
    assertArrayEquals(provenance, Files.readAllBytes(run.resolve("provenance.json")), "untouched");
  }

  @Test
  void aRunWithAFailedVariantHasNothingToDoEitherAndStillFailed() {
    Path run = dir.resolve("r");
    Path scenario = TinyRun.scenario(dir, "\"a\": {}, \"bad\": {\"metrics[1].tick\": 1}");
    assertEquals(1, TinyRun.cli("run", scenario.toString(), "--out", run.toString()).exit());
    InProcess.Result r = TinyRun.cli("resume", run.toString());
    assertEquals(1, r.exit(), r.err());
    assertTrue(r.err().contains("variant 'bad' failed at tick 1 in FEEDBACK event 'test-fail-at': failed on purpose "
        + "at tick 1 in an earlier sitting; it would fail the same way again"), r.err());
    assertTrue(r.err().contains(run + ": already finished (1 variant failed); nothing to do"), r.err());
  }

  @Test
  void aRunKilledBeforeItsOutputsWritesThemOnResume() throws IOException {
    Path run = dir.resolve("r");
    assertEquals(0, TinyRun.cli("run", TinyRun.scenario(dir, "").toString(), "--out", run.toString()).exit());
    Files.writeString(run.resolve("provenance.json"),
        Files.readString(run.resolve("provenance.json")).replace("\"status\" : \"finished\"", "\"status\" : \"running\""));
    Files.delete(run.resolve("summary.json"));
    InProcess.Result r = TinyRun.cli("resume", run.toString());
    assertEquals(0, r.exit(), r.err());
    assertTrue(Files.exists(run.resolve("summary.json")), r.err());
  }
}
