package dev.plasticity.hebbian;

import dev.plasticity.api.config.ConfigException;
import dev.plasticity.api.learn.Parameters;
import dev.plasticity.api.math.Matrix;
import dev.plasticity.api.sim.Phase;
import dev.plasticity.api.sim.Recorder;
import dev.plasticity.api.sim.SimContext;
import dev.plasticity.api.sim.Timeline;

/**
 * What the Hebbian metrics share: they compare the rule's weights with the input's truth at
 * each epoch end (CONTROL), and say at install, as bad input, when the scenario has neither.
 */
final class EpochMetric {
  private EpochMetric() {}

  /** What a metric does at an evaluation, given the weights and the truth. */
  interface Evaluation {
    void record(Matrix w, Matrix truth, Recorder out);
  }

  static void install(SimContext ctx, String name, Evaluation evaluation) {
    Parameters params = ctx.parameters();
    for (String needed : new String[] {HebbianRule.WEIGHTS, HebbianInput.TRUTH}) {
      if (!params.contains(needed)) {
        throw new ConfigException("", "no parameter '" + needed + "': " + name
            + " measures the weights a hebbian-presentation schedule's rule learns against its input's truth;"
            + " use it with that schedule");
      }
    }
    Matrix w = params.get(HebbianRule.WEIGHTS).value();
    Matrix truth = params.get(HebbianInput.TRUTH).value();
    Timeline tl = ctx.timeline();
    ctx.scheduler().every(tl.firstEpochEnd(), tl.ticksPerEpoch(), Phase.CONTROL, 0, name,
        t -> evaluation.record(w, truth, ctx.recorder()));
  }
}
