package dev.plasticity.bptt;

import dev.plasticity.api.config.Default;
import dev.plasticity.api.config.Doc;
import dev.plasticity.api.config.Min;
import dev.plasticity.api.math.Rng;
import dev.plasticity.api.sim.SimContext;

/**
 * Unbiased online recurrent optimisation (Tallec & Ollivier 2018): M_t ≈ s̃ θ̃ᵀ, with
 * ν ∈ {±1}ⁿ fresh each step, s̃ ← ρ0 J s̃ + ρ1 ν, θ̃ ← θ̃/ρ0 + (νᵀ I_t)/ρ1 and the
 * gradient (q_t·s̃) θ̃. The ρs minimise the variance; any positive ones keep it unbiased
 * since E[ννᵀ] = I. ρ0 = √((‖θ̃‖+ε)/(‖Js̃‖+ε)), ρ1 = √((‖νᵀI_t‖+ε)/(‖ν‖+ε)).
 */
public record Uoro(
    @Doc("added to both norms of each ratio so that zero traces give rho = 1")
        @Default("1e-7") @Min(value = 0, exclusive = true) double epsilon)
    implements TemporalCredit {

  @Override
  public Learner install(SimContext ctx, Episode e, int length, boolean stream, Rng rng) {
    return new Estimator(e, epsilon, SignSource.of(rng));
  }

  static final class Estimator extends Learner {
    private final double eps;
    private final SignSource signs;
    /** s̃ (rows × n) and θ̃ (rows × p). */
    final double[] s;
    final double[] theta;
    private final double[] js;
    private final double[] nu;
    private final double[] z;
    /** The last step's ρ0 and ρ1 of row 0, for tests and diagnostics. */
    double rho0;
    double rho1;

    Estimator(Episode e, double eps, SignSource signs) {
      super(e);
      this.eps = eps;
      this.signs = signs;
      int n = e.net.n;
      s = new double[e.rows * n];
      theta = new double[e.rows * e.net.p()];
      js = new double[n];
      nu = new double[n];
      z = new double[e.net.m];
    }

    @Override
    void begin(long t) {
      java.util.Arrays.fill(s, 0);
      java.util.Arrays.fill(theta, 0);
    }

    @Override
    void forward(long t) {
      ElmanNet net = e.net;
      int n = net.n;
      int m = net.m;
      int p = net.p();
      for (int b = 0; b < e.rows; b++) {
        int so = b * n;
        int to = b * p;
        int ho = e.hOff(t, b);
        e.z(t, b, z);
        double js2 = 0;
        double d2 = 0;
        for (int i = 0; i < n; i++) {
          double a = 0;
          for (int l = 0; l < n; l++) {
            a += net.wh(i, l) * s[so + l];
          }
          double h = e.hs[ho + i];
          double di = 1 - h * h;
          js[i] = di * a;
          js2 += js[i] * js[i];
          d2 += di * di;
          nu[i] = signs.next();
        }
        double z2 = 0;
        for (int k = 0; k < m; k++) {
          z2 += z[k] * z[k];
        }
        double th2 = 0;
        for (int c = 0; c < p; c++) {
          th2 += theta[to + c] * theta[to + c];
        }
        // ‖νᵀI_t‖² = Σ_i ν_i² D_i² ‖z‖² = ‖D‖²‖z‖², ‖ν‖ = √n.
        double r0 = Math.sqrt((Math.sqrt(th2) + eps) / (Math.sqrt(js2) + eps));
        double r1 = Math.sqrt((Math.sqrt(d2 * z2) + eps) / (Math.sqrt(n) + eps));
        if (b == 0) {
          rho0 = r0;
          rho1 = r1;
        }
        for (int i = 0; i < n; i++) {
          s[so + i] = r0 * js[i] + r1 * nu[i];
        }
        double inv0 = 1 / r0;
        for (int c = 0; c < p; c++) {
          theta[to + c] *= inv0;
        }
        for (int i = 0; i < n; i++) {
          double h = e.hs[ho + i];
          double f = nu[i] * (1 - h * h) / r1;
          int r = to + i * m;
          for (int k = 0; k < m; k++) {
            theta[r + k] += f * z[k];
          }
        }
      }
    }

    @Override
    void credit(long t) {
      int n = e.net.n;
      int p = e.net.p();
      for (int b = 0; b < e.rows; b++) {
        int qo = e.hOff(t, b);
        double qs = 0;
        for (int i = 0; i < n; i++) {
          qs += e.qs[qo + i] * s[b * n + i];
        }
        if (qs != 0) {
          int to = b * p;
          for (int c = 0; c < p; c++) {
            e.grad[c] += qs * theta[to + c];
          }
        }
      }
    }

    @Override
    double[][] traces() {
      return new double[][] {s, theta};
    }
  }
}
