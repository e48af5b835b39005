package dev.plasticity.scenarios;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.plasticity.runtime.scenario.Json;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A sweep whose coordinator is killed with SIGKILL while tasks run (one settled, others part
 * of the way), continued with {@code plasticity resume DIR} on the module path, ends with the
 * same merged metrics.jsonl, metrics.csv and ranked.csv as an undisturbed sweep.
 */
class SweepResumeIT {
  private static final int EPOCHS = 4;
  @TempDir
  Path out;

  @Test
  void killedCoordinatorResumedGivesTheSameMergedBytes() throws Exception {
    ObjectNode tree = (ObjectNode) Json.readFile(Scenarios.dir().resolve("alignment/bp-fashion-mnist.json"));
    tree.remove("smoke");
    ((ObjectNode) tree.get("data")).put("trainLimit", 5000).put("testLimit", 1000);
    ((ObjectNode) tree.get("schedule")).put("epochs", EPOCHS);
    // Big enough (seconds a task) that the kill lands while tasks run.
    tree.set("sweep", Json.parse(("{\"axes\": {\"path\": \"learning.optimizer.lr\", \"name\": \"lr\", \"values\": [0.01, 0.02, 0.05]},"
        + " \"seeds\": [1, 2], \"rankBy\": \"test-accuracy\"}").getBytes(java.nio.charset.StandardCharsets.UTF_8), "sweep"));
    Path file = out.resolve("lr-sweep.json");
    Files.writeString(file, Json.MAPPER.writeValueAsString(tree));

    Path whole = out.resolve("whole");
    ModulePathIT.run(ModulePathIT.java("sweep", file.toString(), "--jobs", "2", "--out", whole.toString()), 0);

    Path killed = out.resolve("killed");
    Process p = new ProcessBuilder(ModulePathIT.java("sweep", file.toString(), "--jobs", "2", "--out", killed.toString()))
        .redirectErrorStream(true).redirectOutput(out.resolve("killed.log").toFile()).start();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(300);
    // Until a task has settled and another has checkpointed an epoch but not settled.
    while (System.nanoTime() < deadline && !(count(killed.resolve("status")) >= 1 && checkpointedUnsettled(killed))) {
      Thread.sleep(20);
    }
    p.destroyForcibly(); // SIGKILL: no shutdown hook, no checkpoint beyond the last epoch end
    p.waitFor(30, TimeUnit.SECONDS);
    int settled = count(killed.resolve("status"));
    assertTrue(settled >= 1 && settled < 6, "killed part-way, " + settled + " of 6 tasks settled");
    assertTrue(!Files.exists(killed.resolve("metrics.jsonl")), "killed before the merge");

    String resumed = ModulePathIT.run(ModulePathIT.java("resume", killed.toString()), 0);
    assertTrue(resumed.contains("settled in an earlier sitting"), resumed);
    String logs;
    try (Stream<Path> s = Files.list(killed.resolve("logs"))) {
      logs = s.map(f -> Scenarios.read(f)).reduce("", String::concat);
    }
    assertTrue(logs.contains("resuming variant 'default' at tick"), "a task continued from its checkpoint: " + logs);
    for (String f : new String[] {"metrics.jsonl", "metrics.csv", "ranked.csv"}) {
      assertArrayEquals(Files.readAllBytes(whole.resolve(f)), Files.readAllBytes(killed.resolve(f)), f);
    }
  }

  /**
   * Whether a task without a status is part of the way: an epoch's checkpoint, not all of its
   * epochs' rows (one that has all is about to settle).
   */
  private static boolean checkpointedUnsettled(Path sweep) throws Exception {
    if (!Files.isDirectory(sweep.resolve("tasks"))) {
      return false;
    }
    try (Stream<Path> s = Files.list(sweep.resolve("tasks"))) {
      return s.anyMatch(t -> !Files.exists(sweep.resolve("status").resolve(t.getFileName() + ".json"))
          && Files.exists(t.resolve("checkpoint/default.bin")) && between(Scenarios.read(t.resolve("metrics.jsonl"))));
    }
  }

  private static boolean between(String metrics) {
    long rows = metrics.lines().filter(l -> !l.isBlank()).count();
    return rows >= 1 && rows < EPOCHS;
  }

  private static int count(Path dir) throws Exception {
    if (!Files.isDirectory(dir)) {
      return 0;
    }
    try (Stream<Path> s = Files.list(dir)) {
      return (int) s.filter(f -> f.toString().endsWith(".json")).count();
    }
  }
}
