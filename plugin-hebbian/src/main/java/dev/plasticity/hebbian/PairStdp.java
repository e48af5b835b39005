package dev.plasticity.hebbian;

import dev.plasticity.api.sim.StateMap;
import dev.plasticity.api.sim.Stateful;

/**
 * Pair-based STDP with additive updates and hard bounds (Song, Miller & Abbott 2000), in the
 * form of Brian2's example: a presynaptic trace Apre per source (+aPlus at each of its spikes)
 * and a postsynaptic trace Apost per target (+aMinus, negative, at each of its spikes), both
 * decaying exponentially; a presynaptic arrival adds Apost to its synapses' weights, a
 * postsynaptic spike adds Apre, each clipped to [0, wmax]. Traces are updated only at events:
 * each keeps its value at its last spike and that tick, and is decayed to now when read, so
 * nothing sweeps the synapses between spikes.
 */
final class PairStdp implements Stateful {
  private final double aPlus;
  private final double aMinus;
  private final double wmax;
  private final double ticksPerTauPre;
  private final double ticksPerTauPost;
  private final double[] apre;
  private final long[] lastPre;
  private final double[] apost;
  private final long[] lastPost;

  /**
   * @param aPlus trace increment at a presynaptic spike (potentiation, ≥ 0)
   * @param aMinus trace increment at a postsynaptic spike (depression, ≤ 0)
   * @param tauPreTicks, tauPostTicks the traces' time constants in ticks
   */
  PairStdp(int pre, int post, double aPlus, double aMinus, double wmax, double tauPreTicks, double tauPostTicks) {
    this.aPlus = aPlus;
    this.aMinus = aMinus;
    this.wmax = wmax;
    this.ticksPerTauPre = 1 / tauPreTicks;
    this.ticksPerTauPost = 1 / tauPostTicks;
    this.apre = new double[pre];
    this.lastPre = new long[pre];
    this.apost = new double[post];
    this.lastPost = new long[post];
  }

  /** Source i's spike arrives at {@code now} on its row w[base .. base + post). */
  void onPre(int i, long now, float[] w, int base, int post) {
    apre[i] = apre[i] * Math.exp(-(now - lastPre[i]) * ticksPerTauPre) + aPlus;
    lastPre[i] = now;
    for (int j = 0; j < post; j++) {
      double a = apost[j] * Math.exp(-(now - lastPost[j]) * ticksPerTauPost);
      w[base + j] = clip(w[base + j] + a);
    }
  }

  /** Target j spiked at {@code now}: every synapse onto it, w[i·post + j], moves by Apre. */
  void onPost(int j, long now, float[] w, int pre, int post) {
    apost[j] = apost[j] * Math.exp(-(now - lastPost[j]) * ticksPerTauPost) + aMinus;
    lastPost[j] = now;
    for (int i = 0, e = j; i < pre; i++, e += post) {
      double a = apre[i] * Math.exp(-(now - lastPre[i]) * ticksPerTauPre);
      w[e] = clip(w[e] + a);
    }
  }

  private float clip(double w) {
    return (float) (w < 0 ? 0 : w > wmax ? wmax : w);
  }

  @Override
  public void saveState(StateMap out) {
    out.putDoubles("apre", apre);
    out.putLongs("lastPre", lastPre);
    out.putDoubles("apost", apost);
    out.putLongs("lastPost", lastPost);
  }

  @Override
  public void restoreState(StateMap in) {
    System.arraycopy(in.doubles("apre"), 0, apre, 0, apre.length);
    System.arraycopy(in.longs("lastPre"), 0, lastPre, 0, lastPre.length);
    System.arraycopy(in.doubles("apost"), 0, apost, 0, apost.length);
    System.arraycopy(in.longs("lastPost"), 0, lastPost, 0, lastPost.length);
  }
}
