package dev.plasticity.alignment;

import dev.plasticity.api.learn.Initializers;
import dev.plasticity.api.learn.Sgd;
import dev.plasticity.api.spi.Plugin;
import dev.plasticity.testkit.Example;
import dev.plasticity.testkit.Fixtures;
import dev.plasticity.testkit.PluginContract;
import java.util.List;

class AlignmentContractTest extends PluginContract {
  @Override
  protected Plugin plugin() {
    return new AlignmentPlugin();
  }

  @Override
  protected List<Object> examples() {
    Initializers.XavierUniform xavier = new Initializers.XavierUniform(1);
    return List.of(
        new Backprop(),
        new FeedbackAlignment(xavier),
        new DirectFeedbackAlignment(xavier),
        new UniformSignFeedback(),
        new FixedRandomSignFeedback(),
        new BatchRandomSignFeedback(),
        new KolenPollack(1e-4, xavier, null),
        new KuninAlignment(List.of(new KuninTerm(Primitive.SPARSE, 0.1), new KuninTerm(Primitive.SELF, 0.2),
            new KuninTerm(Primitive.NULL, 0.01)), 0.01, xavier, new Sgd(0.05, 0.9, 0)),
        new SymmetricAlignment(0.5, 1.0, 0, null),
        new ActivationAlignment(0.1, 0.2, 0, null),
        new WeightMirror(0.5, 1.0, 0, null),
        new InformationAlignment(0.2, 0.01, 0.1, 0, null),
        new LocalLosses(LocalObjective.PREDSIM, 0.99, false, 128, 0.1, null),
        new LraFeedback(1.0, 1, 0.1, new Initializers.Normal(0.05)),
        new LraDiff(1.0, 2, 0.1),
        // It measures B against W: run with a rule that keeps B, or it records only NaN stand-ins.
        Example.of(new AlignmentAngles()).with(Fixtures.defaults(FeedbackAlignment.class)));
  }
}
