package dev.plasticity.alignment;

import dev.plasticity.api.learn.CreditRule;
import dev.plasticity.api.math.Matrix;
import dev.plasticity.api.math.Rng;
import dev.plasticity.api.net.Projection;
import dev.plasticity.api.sim.SimContext;
import java.util.List;

/**
 * frSF, fixed random-magnitude sign-concordant feedback (biotorch): B = |M₀| ∘ sign(W),
 * M₀ drawn once from N(0, 2/(fan_in + fan_out)), the signs following W every step.
 */
public record FixedRandomSignFeedback() implements CreditRule {
  @Override
  public void install(SimContext ctx) {
    Rng rng = ctx.rng("frsf.M");
    List<Projection> hidden = ctx.network().projections().stream()
        .filter(p -> FeedbackWeights.carriesFeedback(ctx.network(), p)).toList();
    Matrix[] m0 = new Matrix[hidden.size()];
    for (int i = 0; i < m0.length; i++) {
      Matrix w = hidden.get(i).weights().value();
      m0[i] = new Matrix(w.rows(), w.cols());
      SignFeedback.gaussian(m0[i], SignFeedback.xavierScale(hidden.get(i)), rng);
    }
    SignFeedback.install(ctx, "frsf", (i, scale, m) -> m.copyFrom(m0[i]));
  }
}
