package dev.plasticity.alignment;

import dev.plasticity.api.learn.CreditRule;
import dev.plasticity.api.math.Rng;
import dev.plasticity.api.sim.SimContext;

/**
 * brSF, batchwise random-magnitude sign-concordant feedback (biotorch): B = |M| ∘ sign(W)
 * with M redrawn from N(0, 2/(fan_in + fan_out)) at every step (from a seeded stream,
 * which checkpoints keep).
 */
public record BatchRandomSignFeedback() implements CreditRule {
  @Override
  public void install(SimContext ctx) {
    Rng rng = ctx.rng("brsf.M");
    SignFeedback.install(ctx, "brsf", (i, scale, m) -> SignFeedback.gaussian(m, scale, rng));
  }
}
