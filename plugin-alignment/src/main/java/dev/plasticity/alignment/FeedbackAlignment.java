package dev.plasticity.alignment;

import dev.plasticity.api.config.Default;
import dev.plasticity.api.config.Doc;
import dev.plasticity.api.learn.BackwardSweep;
import dev.plasticity.api.learn.CreditRule;
import dev.plasticity.api.learn.Initializer;
import dev.plasticity.api.math.Rng;
import dev.plasticity.api.sim.Phase;
import dev.plasticity.api.sim.SimContext;

/**
 * Feedback alignment (Lillicrap et al. 2016): δ_l = (δ_{l+1} B_{l+1}) ⊙ f'(a_l) with B a
 * fixed random matrix of W's shape. W comes to align with B, not the other way round.
 */
public record FeedbackAlignment(
    @Doc("how the fixed feedback matrices B are drawn") @Default("\"xavier-uniform\"")
        Initializer init)
    implements CreditRule {

  @Override
  public void install(SimContext ctx) {
    FeedbackWeights b = FeedbackWeights.register(ctx, false, null);
    Rng rng = ctx.rng("feedback-alignment.B");
    for (int i = 0; i < b.projections().size(); i++) {
      b.init(i, init, rng);
    }
    BackwardSweep sweep = new BackwardSweep(ctx.network());
    var feedback = b.lookup();
    ctx.scheduler().every(0, 1, Phase.FEEDBACK, 0, "feedback-alignment", t -> sweep.run(feedback));
  }
}
