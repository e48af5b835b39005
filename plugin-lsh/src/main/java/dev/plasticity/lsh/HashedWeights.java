package dev.plasticity.lsh;

import dev.plasticity.api.learn.Parameter;
import dev.plasticity.api.learn.Parameters;
import dev.plasticity.api.math.Rng;
import dev.plasticity.api.net.Projection;

/** One projection's virtual W over its hashed free weights: the index hash, the signs, expand and fold. */
final class HashedWeights {
  private final Projection p;
  private final Parameter free;
  private final int[] bucket; // h(i, j) per entry of W, row-major
  private final boolean[] negative; // ξ(i, j) = −1

  HashedWeights(Projection p, double compression, Parameters params, Rng rng) {
    this.p = p;
    int entries = p.weights().value().size();
    int k = Math.max(1, (int) Math.ceil(compression * entries));
    this.free = params.add(new Parameter(p.id() + ".hashed", 1, k, true));
    long seedH = rng.nextLong();
    long seedS = rng.nextLong();
    this.bucket = new int[entries];
    this.negative = new boolean[entries];
    for (int e = 0; e < entries; e++) {
      bucket[e] = (int) Long.remainderUnsigned(mix(seedH ^ e), k);
      negative[e] = (mix(seedS ^ e) & 1) != 0;
    }
    // Free weights drawn like the dense init of this shape (Xavier uniform): the virtual W
    // then starts with the same scale.
    double a = Math.sqrt(6.0 / (p.source().size() + p.target().size()));
    float[] w = free.value().data();
    for (int i = 0; i < k; i++) {
      w[i] = (float) ((2 * rng.nextDouble() - 1) * a);
    }
  }

  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  /** W_ij = ξ(i, j)·w[h(i, j)]. */
  void expand() {
    float[] w = free.value().data();
    float[] out = p.weights().value().data();
    for (int e = 0; e < out.length; e++) {
      float v = w[bucket[e]];
      out[e] = negative[e] ? -v : v;
    }
  }

  /** ∇w[k] = Σ_{h(i,j)=k} ξ(i,j)·∇W_ij; W's own gradient is consumed so that only w is updated. */
  void fold() {
    if (!p.weights().hasFreshGradient()) {
      return;
    }
    float[] g = p.weights().grad().data();
    float[] gw = free.grad().data();
    java.util.Arrays.fill(gw, 0f);
    for (int e = 0; e < g.length; e++) {
      gw[bucket[e]] += negative[e] ? -g[e] : g[e];
    }
    p.weights().consumeGradient();
    free.markGradient();
  }

  Parameter free() {
    return free;
  }
}
