package dev.plasticity.bptt;

/**
 * The backward sweep of BPTT over a window of an {@link Episode}: δ_s = q_s + J_{s+1}ᵀ δ_{s+1},
 * ∇θ += I_sᵀ δ_s, from {@code top} down to {@code bottom}. Full BPTT, truncated BPTT and the
 * local sweeps that carry attention gradients into stored states all use it.
 */
final class Sweep {
  private final double[] delta;
  private final double[] g;
  private final double[] z;

  Sweep(ElmanNet net) {
    delta = new double[net.n];
    g = new double[net.n];
    z = new double[net.m];
  }

  /**
   * Sweeps every row. q_s is injected for s ≥ {@code qFrom}; {@code inject} (rows × n from
   * {@code injectOff}, or null) is added to δ at {@code top}.
   */
  void run(Episode e, long top, long bottom, long qFrom, double[] inject, int injectOff) {
    ElmanNet net = e.net;
    int n = net.n;
    int m = net.m;
    for (int b = 0; b < e.rows; b++) {
      if (inject == null) {
        java.util.Arrays.fill(delta, 0);
      } else {
        System.arraycopy(inject, injectOff + b * n, delta, 0, n);
      }
      for (long s = top; s >= bottom; s--) {
        int ho = e.hOff(s, b);
        if (s >= qFrom) {
          for (int i = 0; i < n; i++) {
            delta[i] += e.qs[ho + i];
          }
        }
        for (int i = 0; i < n; i++) {
          double h = e.hs[ho + i];
          g[i] = delta[i] * (1 - h * h);
        }
        e.z(s, b, z);
        addOuter(e.grad, g, z, n, m);
        back(net, g, delta, 0);
      }
    }
  }

  /** ∇θ += g zᵀ (n × m): the gradient of one tick, I_sᵀ g with g = δ ⊙ (1 − h²). */
  static void addOuter(double[] grad, double[] g, double[] z, int n, int m) {
    for (int i = 0; i < n; i++) {
      double gi = g[i];
      if (gi != 0) {
        int r = i * m;
        for (int k = 0; k < m; k++) {
          grad[r + k] += gi * z[k];
        }
      }
    }
  }

  /** δ_{s−1} = W_hᵀ g, written over {@code out} from {@code oo}. */
  static void back(ElmanNet net, double[] g, double[] out, int oo) {
    int n = net.n;
    int m = net.m;
    int d = net.d;
    double[] w = net.w;
    java.util.Arrays.fill(out, oo, oo + n, 0);
    for (int i = 0; i < n; i++) {
      double gi = g[i];
      int r = i * m + d;
      for (int l = 0; l < n; l++) {
        out[oo + l] += w[r + l] * gi;
      }
    }
  }
}
