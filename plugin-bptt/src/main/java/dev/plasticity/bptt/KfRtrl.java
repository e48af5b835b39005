package dev.plasticity.bptt;

import dev.plasticity.api.config.Default;
import dev.plasticity.api.config.Doc;
import dev.plasticity.api.config.Min;
import dev.plasticity.api.math.Rng;
import dev.plasticity.api.sim.SimContext;

/**
 * Kronecker-factored RTRL (Mujika, Meier & Steger 2018): M_t[j][(i,k)] ≈ A[j][i]·u[k],
 * the outer product of a presynaptic vector u (m) and a matrix A (n × n). Since
 * I_t = z_t ⊗ diag(D_t) is itself a Kronecker product, J_t M + I_t = u ⊗ (J_t A) +
 * z_t ⊗ diag(D_t) is a sum of two, which random signs c1, c2 fold into one unbiasedly:
 * u ← c1 ρ1 u + c2 ρ2 z, A ← c1 J A/ρ1 + c2 diag(D)/ρ2 (ρs balance the norms).
 * O(n³) time and O(n²) memory per step.
 */
public record KfRtrl(
    @Doc("added to the norms in each rho") @Default("1e-7") @Min(value = 0, exclusive = true)
        double epsilon) implements TemporalCredit {

  @Override
  public Learner install(SimContext ctx, Episode e, int length, boolean stream, Rng rng) {
    return new Factored(e, epsilon, SignSource.of(rng));
  }

  static final class Factored extends Learner {
    private final double eps;
    private final SignSource signs;
    final double[] u;
    final double[] a;
    private final double[] ja;
    private final double[] z;
    private final double[] v;

    Factored(Episode e, double eps, SignSource signs) {
      super(e);
      this.eps = eps;
      this.signs = signs;
      int n = e.net.n;
      u = new double[e.rows * e.net.m];
      a = new double[e.rows * n * n];
      ja = new double[n * n];
      z = new double[e.net.m];
      v = new double[n];
    }

    @Override
    void begin(long t) {
      java.util.Arrays.fill(u, 0);
      java.util.Arrays.fill(a, 0);
    }

    @Override
    void forward(long t) {
      ElmanNet net = e.net;
      int n = net.n;
      int m = net.m;
      for (int b = 0; b < e.rows; b++) {
        int uo = b * m;
        int ao = b * n * n;
        int ho = e.hOff(t, b);
        e.z(t, b, z);
        // JA = diag(D) W_h A, row by row with contiguous axpys.
        double ja2 = 0;
        double d2 = 0;
        for (int j = 0; j < n; j++) {
          int row = j * n;
          java.util.Arrays.fill(ja, row, row + n, 0);
          for (int l = 0; l < n; l++) {
            double wl = net.wh(j, l);
            if (wl != 0) {
              int src = ao + l * n;
              for (int i = 0; i < n; i++) {
                ja[row + i] += wl * a[src + i];
              }
            }
          }
          double h = e.hs[ho + j];
          double dj = 1 - h * h;
          d2 += dj * dj;
          for (int i = 0; i < n; i++) {
            ja[row + i] *= dj;
            ja2 += ja[row + i] * ja[row + i];
          }
        }
        double u2 = 0;
        double z2 = 0;
        for (int k = 0; k < m; k++) {
          u2 += u[uo + k] * u[uo + k];
          z2 += z[k] * z[k];
        }
        double r1 = Math.sqrt((Math.sqrt(ja2) + eps) / (Math.sqrt(u2) + eps));
        double r2 = Math.sqrt((Math.sqrt(d2) + eps) / (Math.sqrt(z2) + eps));
        double c1 = signs.next();
        double c2 = signs.next();
        for (int k = 0; k < m; k++) {
          u[uo + k] = c1 * r1 * u[uo + k] + c2 * r2 * z[k];
        }
        double f1 = c1 / r1;
        double f2 = c2 / r2;
        for (int j = 0; j < n; j++) {
          for (int i = 0; i < n; i++) {
            a[ao + j * n + i] = f1 * ja[j * n + i];
          }
          double h = e.hs[ho + j];
          a[ao + j * n + j] += f2 * (1 - h * h);
        }
      }
    }

    @Override
    void credit(long t) {
      int n = e.net.n;
      int m = e.net.m;
      for (int b = 0; b < e.rows; b++) {
        int qo = e.hOff(t, b);
        int ao = b * n * n;
        java.util.Arrays.fill(v, 0);
        for (int j = 0; j < n; j++) {
          double q = e.qs[qo + j];
          if (q != 0) {
            for (int i = 0; i < n; i++) {
              v[i] += q * a[ao + j * n + i];
            }
          }
        }
        int uo = b * m;
        for (int i = 0; i < n; i++) {
          double vi = v[i];
          if (vi != 0) {
            int r = i * m;
            for (int k = 0; k < m; k++) {
              e.grad[r + k] += vi * u[uo + k];
            }
          }
        }
      }
    }

    @Override
    double[][] traces() {
      return new double[][] {u, a};
    }
  }
}
