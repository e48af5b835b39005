package dev.plasticity.bench;

import dev.plasticity.runtime.engine.Runner;
import dev.plasticity.runtime.engine.Simulation;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * One measurement for bench/compare-pytorch.sh: trains a scenario's first variant for
 * {@code warmup} then {@code steps} training ticks (data already in memory, no evaluation)
 * and prints {@code RESULT samples_per_second peak_rss_mib}.
 *
 * <p>Usage: TrainOnce SCENARIO WARMUP STEPS [path=value ...]
 */
public final class TrainOnce {
  private TrainOnce() {}

  public static void main(String[] args) throws Exception {
    Path file = Path.of(args[0]);
    int warmup = Integer.parseInt(args[1]);
    int steps = Integer.parseInt(args[2]);
    List<String> sets = Arrays.asList(args).subList(3, args.length);
    Simulation sim = BenchScenario.load(file, sets);
    if (warmup + steps >= sim.timeline().ticksPerEpoch()) {
      throw new IllegalArgumentException("warmup + steps must stay inside the first epoch");
    }
    sim.run(warmup, () -> false, t -> {});
    long t0 = System.nanoTime();
    sim.run(warmup + steps, () -> false, t -> {});
    double secs = (System.nanoTime() - t0) / 1e9;
    System.out.printf(Locale.ROOT, "RESULT %.1f %.1f%n", steps * sim.batchCapacity() / secs,
        (double) Runner.peakRssMib().orElse(-1));
  }
}
