package dev.plasticity.bptt;

import dev.plasticity.api.math.Rng;
import dev.plasticity.api.sim.SimContext;

/**
 * Real-time recurrent learning (Williams & Zipser 1989), exact: the influence matrix
 * M_t = ∂h_t/∂θ (n × p per row) follows M_t = J_t M_{t-1} + I_t, and ∇θ ℓ_t = q_tᵀ M_t.
 * O(n²p) = O(n⁴) time and O(np) memory per step.
 */
public record Rtrl() implements TemporalCredit {
  @Override
  public Learner install(SimContext ctx, Episode e, int length, boolean stream, Rng rng) {
    return new Influence(e);
  }

  static final class Influence extends Learner {
    private final int p;
    /** M per row: rows × n × p, and the buffer the next one is built in. */
    private double[] mat;
    private double[] next;
    private final double[] z;

    Influence(Episode e) {
      super(e);
      ElmanNet net = e.net;
      p = net.p();
      mat = new double[e.rows * net.n * p];
      next = new double[mat.length];
      z = new double[net.m];
    }

    @Override
    void begin(long t) {
      java.util.Arrays.fill(mat, 0);
    }

    @Override
    void forward(long t) {
      ElmanNet net = e.net;
      int n = net.n;
      int m = net.m;
      for (int b = 0; b < e.rows; b++) {
        int base = b * n * p;
        int ho = e.hOff(t, b);
        e.z(t, b, z);
        for (int j = 0; j < n; j++) {
          int row = base + j * p;
          java.util.Arrays.fill(next, row, row + p, 0);
          // (W_h M)_j = Σ_l W_h[j][l] M_l: row-wise axpy, so the inner loop is contiguous.
          for (int l = 0; l < n; l++) {
            double wl = net.wh(j, l);
            if (wl != 0) {
              int src = base + l * p;
              for (int c = 0; c < p; c++) {
                next[row + c] += wl * mat[src + c];
              }
            }
          }
          // + the immediate influence: parameters of row j feed unit j through z.
          int own = row + j * m;
          for (int k = 0; k < m; k++) {
            next[own + k] += z[k];
          }
          double h = e.hs[ho + j];
          double dj = 1 - h * h;
          for (int c = 0; c < p; c++) {
            next[row + c] *= dj;
          }
        }
      }
      double[] swap = mat;
      mat = next;
      next = swap;
    }

    @Override
    void credit(long t) {
      int n = e.net.n;
      for (int b = 0; b < e.rows; b++) {
        int qo = e.hOff(t, b);
        int base = b * n * p;
        for (int j = 0; j < n; j++) {
          double q = e.qs[qo + j];
          if (q != 0) {
            int row = base + j * p;
            for (int c = 0; c < p; c++) {
              e.grad[c] += q * mat[row + c];
            }
          }
        }
      }
    }

    @Override
    double[][] traces() {
      return new double[][] {mat};
    }
  }
}
