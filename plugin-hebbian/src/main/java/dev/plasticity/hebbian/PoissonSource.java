package dev.plasticity.hebbian;

import dev.plasticity.api.math.Rng;
import dev.plasticity.api.sim.StateMap;
import dev.plasticity.api.sim.Stateful;

/**
 * n independent Poisson spike sources at one rate: each spikes in a tick with probability
 * p = rate·dt, independently of every other source and tick, as Brian2's PoissonGroup
 * ({@code rand() < rates*dt}). Instead of one uniform draw per source per tick (10^9 for the
 * STDP run), it walks the flattened sequence of (tick, source) trials and draws the gap to the
 * next success, which is geometric: one logarithm per spike, the same distribution.
 */
final class PoissonSource implements Stateful {
  private final int n;
  private final double logMiss;
  private final Rng rng;
  /** The flattened index tick·n + source of the next spike. */
  private long next;

  PoissonSource(int n, double probabilityPerTick, Rng rng) {
    if (!(probabilityPerTick >= 0 && probabilityPerTick < 1)) {
      throw new IllegalArgumentException("spike probability per tick must be in [0, 1), got " + probabilityPerTick);
    }
    this.n = n;
    this.logMiss = Math.log1p(-probabilityPerTick);
    this.rng = rng;
    this.next = probabilityPerTick == 0 ? Long.MAX_VALUE : gap();
  }

  /** Failures before the next success: floor(ln U / ln(1 − p)), U uniform in (0, 1]. */
  private long gap() {
    double g = Math.log(1 - rng.nextDouble()) / logMiss;
    return g >= Long.MAX_VALUE / 4 ? Long.MAX_VALUE / 4 : (long) g;
  }

  /** Writes the sources that spike at {@code tick}, ascending, into {@code out}; returns how many. */
  int spikes(long tick, int[] out) {
    long base = tick * n;
    long end = base + n;
    int count = 0;
    while (next < end) {
      out[count++] = (int) (next - base);
      next += 1 + gap();
    }
    return count;
  }

  int size() {
    return n;
  }

  @Override
  public void saveState(StateMap out) {
    out.putLongs("next", new long[] {next});
  }

  @Override
  public void restoreState(StateMap in) {
    next = in.longs("next")[0];
  }
}
