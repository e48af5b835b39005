package dev.plasticity.hebbian;

import dev.plasticity.api.config.Default;
import dev.plasticity.api.config.Doc;
import dev.plasticity.api.config.Min;
import dev.plasticity.api.learn.Parameter;
import dev.plasticity.api.math.Matrix;
import dev.plasticity.api.math.Rng;
import dev.plasticity.api.sim.SimContext;

/**
 * Every sample is one of two fixed patterns, chosen with equal odds, plus optional Gaussian
 * noise: BCM's selectivity experiment. The patterns (the truth, 2 × dim) have non-negative
 * entries |z| scaled to unit norm, so they overlap (cosine about 2/π): a neuron cannot be
 * selective by sign alone.
 */
public record TwoPatterns(
    @Doc("input width") @Default("20") @Min(2) int dim,
    @Doc("standard deviation of the Gaussian noise added to each entry") @Default("0") @Min(0) double noise)
    implements HebbianInput {

  @Override
  public Sampler prepare(SimContext ctx, int batchCapacity) {
    Matrix p = ctx.parameters().add(new Parameter(TRUTH, 2, dim, false)).value();
    Rng rng = ctx.rng("input/truth");
    float[] d = p.data();
    for (int i = 0; i < d.length; i++) {
      d[i] = (float) Math.abs(rng.nextGaussian());
    }
    for (int r = 0; r < 2; r++) {
      double norm = Bases.rowNorm(p, r);
      for (int j = 0; j < dim; j++) {
        d[r * dim + j] = (float) (d[r * dim + j] / norm);
      }
    }
    return (sampleRng, x) -> {
      float[] xd = x.data();
      for (int b = 0; b < x.rows(); b++) {
        int from = sampleRng.nextInt(2) * dim;
        for (int j = 0; j < dim; j++) {
          xd[b * dim + j] = d[from + j] + (noise == 0 ? 0 : (float) (noise * sampleRng.nextGaussian()));
        }
      }
    };
  }
}
