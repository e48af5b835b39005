package dev.plasticity.hebbian;

import dev.plasticity.api.config.Default;
import dev.plasticity.api.config.Doc;
import dev.plasticity.api.config.Min;
import dev.plasticity.api.learn.Parameter;
import dev.plasticity.api.math.Linalg;
import dev.plasticity.api.math.Matrix;
import dev.plasticity.api.sim.SimContext;

/**
 * Sanger's generalised Hebbian algorithm (1989) for k linear units y = W x:
 * ΔW = η (y xᵀ − LT(y yᵀ) W), averaged over the batch. LT keeps the lower triangle, so unit i
 * is Oja's rule on the input with the first i−1 units' reconstructions removed: the rows
 * converge to the first k principal components, in order.
 */
public record Sanger(
    @Doc("units k: how many principal components") @Default("4") @Min(1) int units,
    @Doc("learning rate η") @Default("0.05") @Min(value = 0, exclusive = true) double lr,
    @Doc("half-width of the uniform initial weights") @Default("0.1") @Min(0) double init)
    implements HebbianRule {

  @Override
  public Learner install(SimContext ctx, int dim, int batchCapacity) {
    Matrix w = ctx.parameters().add(new Parameter(WEIGHTS, units, dim, false)).value();
    Bases.uniform(w, init, ctx.rng("rule/init"));
    Products p = new Products(batchCapacity, units, dim);
    float[] g = p.gram.data();
    float[] wd = w.data();
    float[] h = p.hebb.data();
    return x -> {
      p.compute(x, w);
      for (int i = 0; i < units; i++) {
        for (int j = i + 1; j < units; j++) {
          g[i * units + j] = 0; // LT(y yᵀ)
        }
      }
      Linalg.gemm(false, false, -1f, p.gram, w, 1f, p.hebb); // H − LT(G) W
      float rate = (float) (lr / x.rows());
      for (int i = 0; i < wd.length; i++) {
        wd[i] += rate * h[i];
      }
    };
  }
}
