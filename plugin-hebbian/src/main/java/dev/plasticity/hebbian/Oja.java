package dev.plasticity.hebbian;

import dev.plasticity.api.config.Default;
import dev.plasticity.api.config.Doc;
import dev.plasticity.api.config.Min;
import dev.plasticity.api.learn.Parameter;
import dev.plasticity.api.math.Matrix;
import dev.plasticity.api.sim.SimContext;

/**
 * Oja's rule (1982) for one linear neuron y = wᵀx: Δw = η y (x − y w), averaged over the batch.
 * The decay −η y² w keeps ‖w‖ at 1 without an explicit normalisation, and w converges to the
 * first principal component of the input covariance.
 */
public record Oja(
    @Doc("learning rate η") @Default("0.05") @Min(value = 0, exclusive = true) double lr,
    @Doc("half-width of the uniform initial weights") @Default("0.1") @Min(0) double init)
    implements HebbianRule {

  @Override
  public Learner install(SimContext ctx, int dim, int batchCapacity) {
    Matrix w = ctx.parameters().add(new Parameter(WEIGHTS, 1, dim, false)).value();
    Bases.uniform(w, init, ctx.rng("rule/init"));
    Products p = new Products(batchCapacity, 1, dim);
    float[] wd = w.data();
    float[] h = p.hebb.data();
    return x -> {
      p.compute(x, w);
      double rate = lr / x.rows();
      double yy = p.gram.data()[0];
      for (int j = 0; j < dim; j++) {
        wd[j] += (float) (rate * (h[j] - yy * wd[j]));
      }
    };
  }
}
