package dev.plasticity.bench;

import dev.plasticity.runtime.engine.Simulation;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Training samples per second of several variants of one scenario, side by side at the same
 * batch size, each as the ratio to the first (the baseline). The variants take turns: every
 * round runs each of them for the same number of whole training ticks, so a change in the
 * machine's load (2 shared cores) hits them alike, and the ratio reported is the median over
 * rounds of each round's own ratio. The end-of-epoch evaluation is kept out of the timed
 * windows. Plugins are found on the class path, so a plugin jar next to the bench's own
 * class path brings its types.
 *
 * <p>Usage: VariantThroughput scenario.json ticks rounds baseline variant...
 */
public final class VariantThroughput {
  private VariantThroughput() {}

  public static void main(String[] args) throws Exception {
    Path file = Path.of(args[0]);
    int ticks = Integer.parseInt(args[1]);
    int rounds = Integer.parseInt(args[2]);
    List<String> variants = Arrays.asList(args).subList(3, args.length);
    List<Simulation> sims = BenchScenario.loadAll(file, variants);
    int k = sims.size();
    double[][] rates = new double[k][rounds];
    long[] start = new long[k];
    for (int round = 0; round <= rounds; round++) { // round 0 warms the JIT up
      for (int v = 0; v < k; v++) {
        double rate = samplesPerSecond(sims.get(v), start, v, ticks);
        if (round > 0) {
          rates[v][round - 1] = rate;
        }
      }
    }
    System.out.printf(Locale.ROOT, "%-14s %8s %12s %10s %16s%n", "variant", "batch", "samples/s",
        "vs " + variants.get(0), "ratio min-max");
    for (int v = 0; v < k; v++) {
      double[] ratio = new double[rounds];
      for (int r = 0; r < rounds; r++) {
        ratio[r] = rates[v][r] / rates[0][r];
      }
      Arrays.sort(ratio);
      System.out.printf(Locale.ROOT, "%-14s %8d %12.0f %9.2fx %7.2f-%.2fx%n", sims.get(v).variant(),
          sims.get(v).batchCapacity(), median(rates[v]), ratio[rounds / 2], ratio[0], ratio[rounds - 1]);
    }
  }

  /** Runs {@code ticks} whole training ticks of {@code sim} from {@code start[v]}, inside one epoch. */
  private static double samplesPerSecond(Simulation sim, long[] start, int v, int ticks) {
    long perEpoch = sim.timeline().ticksPerEpoch();
    if (ticks >= perEpoch) {
      throw new IllegalArgumentException("ticks per round must stay inside one epoch (< " + perEpoch + ")");
    }
    if (start[v] % perEpoch + ticks >= perEpoch) {
      start[v] = (start[v] / perEpoch + 1) * perEpoch;
      sim.skipTo(start[v]);
    }
    long t0 = System.nanoTime();
    sim.run(start[v] + ticks, () -> false, t -> {});
    double secs = (System.nanoTime() - t0) / 1e9;
    start[v] += ticks;
    return ticks * (double) sim.batchCapacity() / secs;
  }

  private static double median(double[] x) {
    double[] s = x.clone();
    Arrays.sort(s);
    return s[s.length / 2];
  }
}
