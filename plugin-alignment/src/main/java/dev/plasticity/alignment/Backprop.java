package dev.plasticity.alignment;

import dev.plasticity.api.learn.BackwardSweep;
import dev.plasticity.api.learn.CreditRule;
import dev.plasticity.api.math.Matrix;
import dev.plasticity.api.net.Projection;
import dev.plasticity.api.sim.Phase;
import dev.plasticity.api.sim.SimContext;
import java.util.function.Function;

/** Exact backpropagation: δ_l = (δ_{l+1} W_{l+1}) ⊙ f'(a_l). The reference rule. */
public record Backprop() implements CreditRule {
  @Override
  public void install(SimContext ctx) {
    BackwardSweep sweep = new BackwardSweep(ctx.network());
    Function<Projection, Matrix> weights = p -> p.weights().value();
    ctx.scheduler().every(0, 1, Phase.FEEDBACK, 0, "backprop", t -> sweep.run(weights));
  }
}
