package dev.plasticity.bench;

import dev.plasticity.runtime.engine.Simulation;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Training samples per second of several variants of one scenario, side by side at the same
 * batch size, each as the ratio to the first (the baseline). Whole training ticks only: the
 * end-of-epoch evaluation is kept out of the timed windows. Plugins are found on the class
 * path, so a plugin jar next to the bench's own class path brings its types.
 *
 * <p>Usage: VariantThroughput scenario.json ticks repeats baseline variant...
 */
public final class VariantThroughput {
  private VariantThroughput() {}

  public static void main(String[] args) throws Exception {
    Path file = Path.of(args[0]);
    int ticks = Integer.parseInt(args[1]);
    int repeats = Integer.parseInt(args[2]);
    List<String> variants = Arrays.asList(args).subList(3, args.length);
    double base = 0;
    System.out.printf(Locale.ROOT, "%-14s %8s %12s %10s%n", "variant", "batch", "samples/s", "vs " + variants.get(0));
    for (String v : variants) {
      Simulation sim = BenchScenario.load(file, v);
      double median = medianSamplesPerSecond(sim, ticks, repeats);
      if (base == 0) {
        base = median;
      }
      System.out.printf(Locale.ROOT, "%-14s %8d %12.0f %9.2fx%n", v, sim.batchCapacity(), median, median / base);
    }
  }


  /** The median over repeats (after one warm-up repeat) of whole training ticks per second × batch. */
  private static double medianSamplesPerSecond(Simulation sim, int ticks, int repeats) {
    long perEpoch = sim.timeline().ticksPerEpoch();
    if (ticks >= perEpoch) {
      throw new IllegalArgumentException("ticks per repeat must stay inside one epoch (< " + perEpoch + ")");
    }
    double[] rates = new double[repeats];
    long start = 0;
    for (int r = 0; r <= repeats; r++) {
      if (start % perEpoch + ticks >= perEpoch) {
        start = (start / perEpoch + 1) * perEpoch;
        sim.skipTo(start);
      }
      long t0 = System.nanoTime();
      sim.run(start + ticks, () -> false, t -> {});
      double secs = (System.nanoTime() - t0) / 1e9;
      start += ticks;
      if (r > 0) { // the first repeat warms the JIT up
        rates[r - 1] = ticks * (double) sim.batchCapacity() / secs;
      }
    }
    Arrays.sort(rates);
    return rates[repeats / 2];
  }
}
