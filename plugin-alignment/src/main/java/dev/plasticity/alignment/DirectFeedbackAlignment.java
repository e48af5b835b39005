package dev.plasticity.alignment;

import dev.plasticity.api.config.Default;
import dev.plasticity.api.config.Doc;
import dev.plasticity.api.learn.BackwardSweep;
import dev.plasticity.api.learn.CreditRule;
import dev.plasticity.api.learn.Initializer;
import dev.plasticity.api.learn.Parameter;
import dev.plasticity.api.math.Linalg;
import dev.plasticity.api.math.Matrix;
import dev.plasticity.api.math.Rng;
import dev.plasticity.api.net.Network;
import dev.plasticity.api.net.Population;
import dev.plasticity.api.net.Projection;
import dev.plasticity.api.sim.Phase;
import dev.plasticity.api.sim.SimContext;
import java.util.ArrayList;
import java.util.List;

/**
 * Direct feedback alignment (Nøkland 2016): every hidden population gets the output error
 * straight through its own fixed random matrix, δ_l = (e B_l) ⊙ f'(a_l), B_l of
 * n_out × n_l; no error travels layer by layer.
 *
 * <p>B_l is registered as {@code <projection>.B} when a projection leads from l straight
 * to the output (it then stands where that projection's W stands in backprop, so the
 * alignment metric compares the two), else as {@code <population>.dfa.B}.
 */
public record DirectFeedbackAlignment(
    @Doc("how the fixed feedback matrices B are drawn") @Default("\"xavier-uniform\"")
        Initializer init)
    implements CreditRule {

  @Override
  public void install(SimContext ctx) {
    Network net = ctx.network();
    Population out = net.output();
    Rng rng = ctx.rng("direct-feedback-alignment.B");
    List<Population> hiddenList = new ArrayList<>();
    List<Matrix> feedbackList = new ArrayList<>();
    for (Population s : net.populations()) {
      if (s == net.input() || s == out) {
        continue;
      }
      Parameter b = ctx.parameters().add(new Parameter(nameFor(net, s), out.size(), s.size(), false));
      init.init(b.value(), rng);
      hiddenList.add(s);
      feedbackList.add(b.value());
    }
    Population[] hidden = hiddenList.toArray(Population[]::new);
    Matrix[] feedback = feedbackList.toArray(Matrix[]::new);
    // an array, so that the per-tick loop allocates no iterator
    Projection[] projections = net.projections().toArray(Projection[]::new);
    ctx.scheduler().every(0, 1, Phase.FEEDBACK, 0, "direct-feedback-alignment", t -> {
      Matrix e = out.error();
      for (int i = 0; i < hidden.length; i++) {
        Population s = hidden[i];
        Linalg.gemm(false, false, 1f, e, feedback[i], 0f, s.error());
        s.activation().backprop(s.pre(), s.activity(), s.error());
      }
      for (Projection p : projections) {
        BackwardSweep.gradients(p);
      }
    });
  }

  static String nameFor(Network net, Population s) {
    for (Projection p : net.outOf(s)) {
      if (p.target() == net.output()) {
        return FeedbackWeights.nameOf(p);
      }
    }
    return s.id() + ".dfa.B";
  }
}
