package dev.plasticity.hebbian;

import dev.plasticity.api.math.Rng;
import java.util.Arrays;

/**
 * Random sparse connectivity stored by presynaptic neuron (compressed rows): the targets of
 * presynaptic neuron j are {@code targets[offsets[j] .. offsets[j+1])}, increasing. Each
 * possible synapse exists with probability p, drawn by geometric skips (one draw per synapse,
 * not per pair), so a 10,000-neuron area at p = 0.01 costs a million draws, not a hundred million.
 * The weights live elsewhere (a parameter), aligned with {@code targets}.
 */
final class SparseWiring {
  final int[] offsets;
  final int[] targets;

  /**
   * {@code pre} presynaptic neurons onto {@code post} targets; presynaptic neuron j ≥ selfFrom is
   * the target j − selfFrom itself (a neuron of the same area), which gets no synapse onto itself.
   */
  SparseWiring(int pre, int post, double p, int selfFrom, Rng rng) {
    offsets = new int[pre + 1];
    int[] t = new int[Math.max(16, (int) Math.min(Integer.MAX_VALUE - 8, 1.2 * pre * (double) post * p + 64))];
    int count = 0;
    double logQ = Math.log1p(-p);
    for (int j = 0; j < pre; j++) {
      int self = j >= selfFrom ? j - selfFrom : -1;
      long i = skip(rng, logQ, p);
      while (i < post) {
        if (i != self) {
          if (count == t.length) {
            t = Arrays.copyOf(t, t.length + t.length / 2);
          }
          t[count++] = (int) i;
        }
        i += 1 + skip(rng, logQ, p);
      }
      offsets[j + 1] = count;
    }
    targets = Arrays.copyOf(t, count);
  }

  /** Failures before the next success of a Bernoulli(p) sequence. */
  private static long skip(Rng rng, double logQ, double p) {
    if (p >= 1) {
      return 0;
    }
    return (long) Math.floor(Math.log(1 - rng.nextDouble()) / logQ);
  }

  int synapses() {
    return targets.length;
  }
}
