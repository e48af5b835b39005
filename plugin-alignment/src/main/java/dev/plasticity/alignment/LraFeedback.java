package dev.plasticity.alignment;

import dev.plasticity.api.config.Default;
import dev.plasticity.api.config.Doc;
import dev.plasticity.api.config.Min;
import dev.plasticity.api.learn.CreditRule;
import dev.plasticity.api.learn.Initializer;
import dev.plasticity.api.math.Rng;
import dev.plasticity.api.sim.SimContext;

/**
 * LRA-fdbk (Ororbia et al. 2018): targets for the layer below come from the error sent
 * through a fixed random matrix E (registered as {@code <projection>.B}), the Cauchy loss
 * makes the local errors, and every update is rescaled to a norm of at most c1.
 */
public record LraFeedback(
    @Doc("bound c1 on the Frobenius norm of every weight update") @Default("1.0")
        @Min(value = 0, exclusive = true) double c1,
    @Doc("target iterations K") @Default("1") @Min(1) int iterations,
    @Doc("target step size β") @Default("0.1") @Min(value = 0, exclusive = true) double step,
    @Doc("how the fixed error matrices E are drawn") @Default("{\"type\": \"normal\", \"std\": 0.05}")
        Initializer init)
    implements CreditRule {

  @Override
  public void install(SimContext ctx) {
    FeedbackWeights e = FeedbackWeights.register(ctx, false, null);
    Rng rng = ctx.rng("lra-fdbk.E");
    for (int i = 0; i < e.projections().size(); i++) {
      init.init(e.parameter(i).value(), rng);
    }
    new Lra(ctx, e.lookup(), c1, iterations, step).install(ctx, "lra-fdbk");
  }
}
