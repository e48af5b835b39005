package dev.plasticity.scenarios;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * OpenBLAS's thread count changes the last bits of its products, so a run records the count
 * it ran with: a resume under another count is refused, and {@code bin/plasticity} resumes
 * with the recorded one when the user sets none.
 */
class BlasThreadsIT {
  private static final String VAR = "OPENBLAS_NUM_THREADS";

  @TempDir
  Path out;

  private static List<String> run(Path dir, String... more) {
    List<String> args = new java.util.ArrayList<>(List.of("run",
        Scenarios.dir().resolve("alignment/bp-fashion-mnist.json").toString(), "--smoke",
        "--set", "schedule.epochs=2", "--out", dir.toString()));
    args.addAll(List.of(more));
    return ModulePathIT.java(args.toArray(String[]::new));
  }

  @Test
  void aResumeKeepsTheThreadCountItsRunRecorded() throws Exception {
    Path whole = out.resolve("whole");
    ModulePathIT.run(run(whole), Map.of(VAR, "2"), 0);
    Path split = out.resolve("split");
    ModulePathIT.run(run(split, "--stop-after-tick", "12"), Map.of(VAR, "2"), 0);

    String refused = ModulePathIT.run(ModulePathIT.java("resume", split.toString()), Map.of(VAR, "1"), 2);
    assertTrue(refused.contains("ran with " + VAR + "=2, now 1"), refused);

    Path launcher = Scenarios.dir().getParent().resolve("bin/plasticity");
    ModulePathIT.run(List.of("bash", launcher.toString(), "resume", split.toString()),
        Map.of(VAR, "", "PLASTICITY_NO_BUILD", "1"), 0);
    assertArrayEquals(Files.readAllBytes(whole.resolve("metrics.jsonl")),
        Files.readAllBytes(split.resolve("metrics.jsonl")), "resumed under the recorded count");
  }
}
