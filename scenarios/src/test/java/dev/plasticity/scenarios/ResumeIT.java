package dev.plasticity.scenarios;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run killed with SIGKILL part-way and continued with {@code plasticity resume} ends
 * with the same metrics.jsonl as an uninterrupted run.
 */
class ResumeIT {
  private static final int EPOCHS = 8;

  @TempDir
  Path out;

  private List<String> args(Path run) {
    // Big enough (about a second an epoch on an idle machine) that the signals below land
    // while the run is still going, however fast the machine.
    return new ArrayList<>(List.of("run", Scenarios.dir().resolve("alignment/bp-fashion-mnist.json").toString(),
        "--smoke", "--set", "schedule.epochs=" + EPOCHS, "--set", "data.trainLimit=10000",
        "--set", "network.populations[1].size=3000", "--out", run.toString()));
  }

  @Test
  void killedAndResumedEqualsUninterrupted() throws Exception {
    Path whole = out.resolve("whole");
    ModulePathIT.run(ModulePathIT.java(args(whole).toArray(String[]::new)), 0);

    Path killed = out.resolve("killed");
    Process p = new ProcessBuilder(ModulePathIT.java(args(killed).toArray(String[]::new)))
        .redirectErrorStream(true).redirectOutput(out.resolve("killed.log").toFile()).start();
    Path metrics = killed.resolve("metrics.jsonl");
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    while (System.nanoTime() < deadline && lines(metrics) < 2) {
      Thread.sleep(20);
    }
    p.destroyForcibly(); // SIGKILL: no shutdown hook runs
    p.waitFor(30, TimeUnit.SECONDS);
    int before = lines(metrics);
    assertTrue(before >= 2 && before < EPOCHS, "killed part-way, after " + before + " epochs");

    String resumed = ModulePathIT.run(ModulePathIT.java("resume", killed.toString()), 0);
    assertTrue(resumed.contains("resuming variant"), resumed);
    assertArrayEquals(Files.readAllBytes(whole.resolve("metrics.jsonl")), Files.readAllBytes(metrics),
        "same metrics.jsonl as the uninterrupted run");
    assertEquals(Files.readString(whole.resolve("summary.json")), Files.readString(killed.resolve("summary.json")));
  }

  @Test
  void sigtermCheckpointsAtOnceAndASecondProcessIsKeptOut() throws Exception {
    Path whole = out.resolve("whole2");
    ModulePathIT.run(ModulePathIT.java(args(whole).toArray(String[]::new)), 0);

    Path stopped = out.resolve("stopped");
    Process p = new ProcessBuilder(ModulePathIT.java(args(stopped).toArray(String[]::new)))
        .redirectErrorStream(true).redirectOutput(out.resolve("stopped.log").toFile()).start();
    Path metrics = stopped.resolve("metrics.jsonl");
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    while (System.nanoTime() < deadline && lines(metrics) < 1) {
      Thread.sleep(20);
    }
    String refused = ModulePathIT.run(ModulePathIT.java("resume", stopped.toString()), 2);
    assertTrue(refused.contains("another plasticity process is writing this run directory"), refused);
    p.destroy(); // SIGTERM: the shutdown hook asks for a checkpoint after the current tick
    assertTrue(p.waitFor(60, TimeUnit.SECONDS));
    String log = Files.readString(out.resolve("stopped.log"));
    assertTrue(p.exitValue() != 0 && log.contains("interrupted; continue with"), log);
    int acknowledged = log.indexOf("SIGTERM received: stopping after the current tick and checkpointing");
    assertTrue(acknowledged >= 0 && acknowledged < log.indexOf("interrupted;"),
        "the signal is acknowledged before the run stops: " + log);

    ModulePathIT.run(ModulePathIT.java("resume", stopped.toString()), 0);
    assertArrayEquals(Files.readAllBytes(whole.resolve("metrics.jsonl")), Files.readAllBytes(metrics));
  }

  private static int lines(Path p) throws Exception {
    return Files.exists(p) ? (int) Files.readAllLines(p).stream().filter(l -> !l.isBlank()).count() : 0;
  }
}
