package dev.plasticity.alignment;

import dev.plasticity.api.learn.CreditRule;
import dev.plasticity.api.sim.SimContext;

/**
 * uSF, uniform sign-concordant feedback (Liao et al. 2016, as biotorch computes it):
 * B = sign(W) · √(2 / (fan_in + fan_out)), recomputed every step.
 */
public record UniformSignFeedback() implements CreditRule {
  @Override
  public void install(SimContext ctx) {
    SignFeedback.install(ctx, "usf", (i, scale, m) -> m.fill((float) scale));
  }
}
