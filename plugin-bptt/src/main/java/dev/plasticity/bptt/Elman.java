package dev.plasticity.bptt;

import dev.plasticity.api.config.Default;
import dev.plasticity.api.config.Doc;
import dev.plasticity.api.config.Min;
import dev.plasticity.api.math.Rng;

/**
 * The Elman network h_t = tanh(W_x x_t + W_h h_{t−1} + b). How W_h starts decides how long
 * the untrained network remembers: its spectral radius ρ sets how fast a perturbation of
 * h decays (ρ^t), so with ρ ≈ 1 a symbol seen at t = 0 still echoes in h_100 and a readout
 * can decode it without any gradient ever crossing the gap (an echo-state memory).
 *
 * <ul>
 *   <li>{@code gaussian}: W_x ~ N(0, 1/d), W_h ~ N(0, g²/n), b = 0; ρ ≈ g (g = 1 sits at
 *       the edge of chaos, Sompolinsky et al.).
 *   <li>{@code pytorch}: PyTorch's {@code nn.RNN} default, every weight and bias
 *       ~ U(−1/√n, 1/√n) (g scales W_h); ρ ≈ g/√3 ≈ 0.58 for g = 1.
 *   <li>{@code orthogonal}: W_h = g·Q with Q orthogonal (Saxe et al. 2014), W_x ~ N(0, 1/d),
 *       b = 0; every singular value is g.
 * </ul>
 */
public record Elman(
    @Doc("hidden units n") @Min(1) int hidden,
    @Doc("gain g of the recurrent weights") @Default("1.0") @Min(0) double gain,
    @Doc("keep only the diagonal of W_h (a network of independent units)") @Default("false")
        boolean diagonal,
    @Doc("how the weights start: gaussian, pytorch or orthogonal") @Default("\"gaussian\"")
        Init init) implements Cell {

  /** Initialisations of the weights; see the class comment. */
  public enum Init { gaussian, pytorch, orthogonal }

  /** The gaussian initialisation (the default). */
  public Elman(int hidden, double gain, boolean diagonal) {
    this(hidden, gain, diagonal, Init.gaussian);
  }

  @Override
  public void init(float[] wx, float[] wh, float[] b, int d, Rng rng) {
    double u = 1 / Math.sqrt(hidden);
    switch (init) {
      case gaussian -> {
        gaussian(wx, 1 / Math.sqrt(d), rng);
        gaussian(wh, gain * u, rng);
        java.util.Arrays.fill(b, 0);
      }
      case pytorch -> {
        // nn.RNN draws weight_ih, weight_hh, bias_ih and bias_hh in that order, each U(−u, u);
        // its two biases add up, so b is their sum.
        uniform(wx, u, rng);
        uniform(wh, gain * u, rng);
        java.util.Arrays.fill(b, 0);
        for (int pass = 0; pass < 2; pass++) {
          for (int i = 0; i < b.length; i++) {
            b[i] += (float) (u * (2 * rng.nextDouble() - 1));
          }
        }
      }
      case orthogonal -> {
        gaussian(wx, 1 / Math.sqrt(d), rng);
        orthogonal(wh, hidden, gain, rng);
        java.util.Arrays.fill(b, 0);
      }
      default -> throw new IllegalStateException(init.toString());
    }
    if (diagonal) {
      for (int i = 0; i < hidden; i++) {
        for (int l = 0; l < hidden; l++) {
          if (i != l) {
            wh[i * hidden + l] = 0;
          }
        }
      }
    }
  }

  private static void gaussian(float[] w, double std, Rng rng) {
    for (int i = 0; i < w.length; i++) {
      w[i] = (float) (std * rng.nextGaussian());
    }
  }

  private static void uniform(float[] w, double bound, Rng rng) {
    for (int i = 0; i < w.length; i++) {
      w[i] = (float) (bound * (2 * rng.nextDouble() - 1));
    }
  }

  /**
   * g·Q for a Haar-random orthogonal Q: Gram-Schmidt (twice, for accuracy) on the rows of a
   * Gaussian matrix, which is what QR with the signs of R's diagonal fixed gives.
   */
  static void orthogonal(float[] w, int n, double g, Rng rng) {
    double[] q = new double[n * n];
    for (int i = 0; i < q.length; i++) {
      q[i] = rng.nextGaussian();
    }
    for (int i = 0; i < n; i++) {
      for (int pass = 0; pass < 2; pass++) {
        for (int j = 0; j < i; j++) {
          double dot = 0;
          for (int k = 0; k < n; k++) {
            dot += q[i * n + k] * q[j * n + k];
          }
          for (int k = 0; k < n; k++) {
            q[i * n + k] -= dot * q[j * n + k];
          }
        }
      }
      double norm = 0;
      for (int k = 0; k < n; k++) {
        norm += q[i * n + k] * q[i * n + k];
      }
      norm = Math.sqrt(norm);
      for (int k = 0; k < n; k++) {
        q[i * n + k] /= norm;
      }
    }
    for (int i = 0; i < q.length; i++) {
      w[i] = (float) (g * q[i]);
    }
  }
}
