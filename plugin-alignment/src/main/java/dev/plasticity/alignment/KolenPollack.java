package dev.plasticity.alignment;

import dev.plasticity.api.config.Default;
import dev.plasticity.api.config.Doc;
import dev.plasticity.api.config.Min;
import dev.plasticity.api.config.Optional;
import dev.plasticity.api.learn.BackwardSweep;
import dev.plasticity.api.learn.CreditRule;
import dev.plasticity.api.learn.Initializer;
import dev.plasticity.api.learn.Optimizer;
import dev.plasticity.api.learn.Parameter;
import dev.plasticity.api.math.Matrix;
import dev.plasticity.api.math.Ops;
import dev.plasticity.api.math.Rng;
import dev.plasticity.api.net.Projection;
import dev.plasticity.api.sim.Phase;
import dev.plasticity.api.sim.SimContext;

/**
 * Kolen-Pollack (Akrout et al. 2019): errors travel back through B as in feedback
 * alignment, and B receives the very update W receives, ∇B = ∇W = δᵀ h, both with weight
 * decay λ. Since W and B see the same updates, W − B shrinks by (1 − ηλ) per step and B
 * converges to W.
 */
public record KolenPollack(
    @Doc("weight decay λ added to the gradients of both W and B") @Default("1e-4") @Min(0)
        double decay,
    @Doc("how B starts") @Default("\"xavier-uniform\"") Initializer init,
    @Doc("optimizer for B; absent: W's optimizer") @Optional Optimizer optimizer)
    implements CreditRule {

  @Override
  public void install(SimContext ctx) {
    FeedbackWeights fb = FeedbackWeights.register(ctx, true, optimizer);
    Rng rng = ctx.rng("kolen-pollack.B");
    int n = fb.projections().size();
    Parameter[] bs = new Parameter[n];
    Parameter[] ws = new Parameter[n];
    for (int i = 0; i < n; i++) {
      bs[i] = fb.parameter(i);
      ws[i] = fb.projections().get(i).weights();
      fb.init(i, init, rng);
    }
    Parameter[] all = ctx.network().projections().stream().filter(Projection::hasWeights)
        .map(Projection::weights).filter(Parameter::trainable).toArray(Parameter[]::new);
    BackwardSweep sweep = new BackwardSweep(ctx.network());
    var feedback = fb.lookup();
    float lambda = (float) decay;
    ctx.scheduler().every(0, 1, Phase.FEEDBACK, 0, "kolen-pollack", t -> {
      sweep.run(feedback);
      for (int i = 0; i < n; i++) {
        Matrix gb = bs[i].grad();
        gb.copyFrom(ws[i].grad());
        Ops.axpy(lambda, bs[i].value(), gb);
        bs[i].markGradient();
      }
      for (Parameter w : all) {
        Ops.axpy(lambda, w.value(), w.grad());
      }
    });
  }
}
