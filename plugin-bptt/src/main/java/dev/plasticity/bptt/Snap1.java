package dev.plasticity.bptt;

import dev.plasticity.api.math.Rng;
import dev.plasticity.api.sim.SimContext;

/**
 * SnAp-1 (Menick et al. 2021): RTRL keeping only the influence of each parameter on the
 * unit it feeds directly, S[i][k] ≈ ∂h[i]/∂W[i][k], with S_t = D_t (W_h[i][i] S_{t-1} + z_t).
 * Exact when W_h is diagonal; O(p) time and memory per step.
 */
public record Snap1() implements TemporalCredit {
  @Override
  public Learner install(SimContext ctx, Episode e, int length, boolean stream, Rng rng) {
    return new Sparse(e);
  }

  static final class Sparse extends Learner {
    private final double[] s;
    private final double[] z;

    Sparse(Episode e) {
      super(e);
      s = new double[e.rows * e.net.p()];
      z = new double[e.net.m];
    }

    @Override
    void begin(long t) {
      java.util.Arrays.fill(s, 0);
    }

    @Override
    void forward(long t) {
      ElmanNet net = e.net;
      int n = net.n;
      int m = net.m;
      for (int b = 0; b < e.rows; b++) {
        int so = b * net.p();
        int ho = e.hOff(t, b);
        e.z(t, b, z);
        for (int i = 0; i < n; i++) {
          double h = e.hs[ho + i];
          double di = 1 - h * h;
          double wii = net.wh(i, i);
          int r = so + i * m;
          for (int k = 0; k < m; k++) {
            s[r + k] = di * (wii * s[r + k] + z[k]);
          }
        }
      }
    }

    @Override
    void credit(long t) {
      int n = e.net.n;
      int m = e.net.m;
      for (int b = 0; b < e.rows; b++) {
        int qo = e.hOff(t, b);
        int so = b * e.net.p();
        for (int i = 0; i < n; i++) {
          double q = e.qs[qo + i];
          if (q != 0) {
            int r = i * m;
            for (int k = 0; k < m; k++) {
              e.grad[r + k] += q * s[so + r + k];
            }
          }
        }
      }
    }

    @Override
    double[][] traces() {
      return new double[][] {s};
    }
  }
}
