package dev.plasticity.alignment;

import dev.plasticity.api.config.Default;
import dev.plasticity.api.config.Doc;
import dev.plasticity.api.config.Min;
import dev.plasticity.api.learn.CreditRule;
import dev.plasticity.api.sim.SimContext;

/**
 * LRA-diff (Ororbia et al. 2018): like {@link LraFeedback}, but the step that makes the
 * target for the layer below goes through Wᵀ, the forward weights themselves.
 */
public record LraDiff(
    @Doc("bound c1 on the Frobenius norm of every weight update") @Default("1.0")
        @Min(value = 0, exclusive = true) double c1,
    @Doc("target iterations K") @Default("1") @Min(1) int iterations,
    @Doc("target step size β") @Default("0.1") @Min(value = 0, exclusive = true) double step)
    implements CreditRule {

  @Override
  public void install(SimContext ctx) {
    new Lra(ctx, p -> p.weights().value(), c1, iterations, step).install(ctx, "lra-diff");
  }
}
