package dev.plasticity.hebbian;

import dev.plasticity.api.config.ConfigException;
import dev.plasticity.api.config.Default;
import dev.plasticity.api.config.Doc;
import dev.plasticity.api.config.Min;
import dev.plasticity.api.learn.Parameter;
import dev.plasticity.api.math.Linalg;
import dev.plasticity.api.math.Matrix;
import dev.plasticity.api.sim.SimContext;

/**
 * Zero-mean Gaussian vectors with a known covariance C = Qᵀ diag(λ) Q: Q a random orthonormal
 * basis, λ_i = ratio^(−i), so that consecutive eigenvalues are {@code ratio} apart and the
 * principal components are Q's rows, in order (the truth). A sample is x = (z ∘ √λ) Q, z
 * standard normal: one product per batch.
 */
public record GaussianComponents(
    @Doc("input width") @Default("16") @Min(2) int dim,
    @Doc("ratio of consecutive eigenvalues of the covariance, λ_i / λ_(i+1)") @Default("1.5") double ratio)
    implements HebbianInput {

  public GaussianComponents {
    if (!(ratio > 1)) {
      throw new ConfigException("ratio", "must be > 1 for the principal components to be distinct, got " + ratio);
    }
  }

  /** The i-th eigenvalue of the covariance. */
  public double eigenvalue(int i) {
    return Math.pow(ratio, -i);
  }

  @Override
  public Sampler prepare(SimContext ctx, int batchCapacity) {
    Matrix q = ctx.parameters().add(new Parameter(TRUTH, dim, dim, false)).value();
    q.copyFrom(Bases.randomOrthonormal(dim, dim, ctx.rng("input/truth")));
    float[] scale = new float[dim];
    for (int i = 0; i < dim; i++) {
      scale[i] = (float) Math.sqrt(eigenvalue(i));
    }
    Matrix z = new Matrix(batchCapacity, dim);
    return (rng, x) -> {
      z.useRows(x.rows());
      float[] zd = z.data();
      for (int b = 0; b < x.rows(); b++) {
        for (int i = 0; i < dim; i++) {
          zd[b * dim + i] = (float) rng.nextGaussian() * scale[i];
        }
      }
      Linalg.gemm(false, false, 1f, z, q, 0f, x);
    };
  }
}
