package dev.plasticity.hebbian;

import dev.plasticity.api.config.Default;
import dev.plasticity.api.config.Doc;
import dev.plasticity.api.config.Min;
import dev.plasticity.api.learn.Parameter;
import dev.plasticity.api.math.Linalg;
import dev.plasticity.api.math.Matrix;
import dev.plasticity.api.math.Rng;
import dev.plasticity.api.sim.SimContext;

/**
 * Whitened mixtures of independent Laplacian (sparse, super-Gaussian) sources: s has unit
 * variance, x = A s with A a random Gaussian mixing, and z = V x with V = (A Aᵀ)^(−1/2) the exact
 * whitening of x's covariance A Aᵀ. The whitened mixing M = V A is orthogonal; the truth holds
 * its columns, one row per source (z = Σ_j s_j m_j), against which the Amari index is taken.
 */
public record LaplacianMixture(@Doc("sources (and input width)") @Default("4") @Min(2) int sources)
    implements HebbianInput {

  @Override
  public int dim() {
    return sources;
  }

  @Override
  public Sampler prepare(SimContext ctx, int batchCapacity) {
    int n = sources;
    Rng rng = ctx.rng("input/truth");
    double[] a = new double[n * n];
    for (int i = 0; i < a.length; i++) {
      a[i] = rng.nextGaussian();
    }
    double[] aat = new double[n * n];
    multiply(a, false, a, true, aat, n);
    SymmetricEigen eig = new SymmetricEigen(n);
    eig.decompose(aat);
    double[] v = new double[n * n];
    eig.power(-0.5, v);
    double[] m = new double[n * n];
    multiply(v, false, a, false, m, n);
    Matrix truth = ctx.parameters().add(new Parameter(TRUTH, n, n, false)).value();
    for (int j = 0; j < n; j++) {
      for (int i = 0; i < n; i++) {
        truth.set(j, i, (float) m[i * n + j]); // row j: column j of M
      }
    }
    Matrix s = new Matrix(batchCapacity, n);
    double b = Math.sqrt(0.5); // Laplace(0, b) has variance 2b² = 1
    return (sampleRng, x) -> {
      s.useRows(x.rows());
      float[] sd = s.data();
      for (int i = 0; i < x.rows() * n; i++) {
        double u = sampleRng.nextDouble() - 0.5;
        sd[i] = (float) (-b * Math.signum(u) * Math.log(1 - 2 * Math.abs(u)));
      }
      Linalg.gemm(false, false, 1f, s, truth, 0f, x); // z = Σ_j s_j m_j
    };
  }

  /** c = op(a) op(b) for n × n row-major doubles (setup only). */
  private static void multiply(double[] a, boolean ta, double[] b, boolean tb, double[] c, int n) {
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        double sum = 0;
        for (int k = 0; k < n; k++) {
          sum += (ta ? a[k * n + i] : a[i * n + k]) * (tb ? b[j * n + k] : b[k * n + j]);
        }
        c[i * n + j] = sum;
      }
    }
  }
}
