package dev.plasticity.api.learn;

import dev.plasticity.api.net.Network;
import dev.plasticity.api.net.Projection;
import dev.plasticity.api.sim.Phase;
import dev.plasticity.api.sim.Scheduler;
import dev.plasticity.api.sim.SimContext;

/**
 * The events every minibatch-trained network shares, installed by the runtime (and by the
 * testkit's mocked runtime) when a scenario has a learning section: a FORWARD event per
 * projection in forward order, the LOSS event, and the PLASTICITY event that applies
 * every fresh gradient. Credit rules fill the FEEDBACK phase in between.
 */
public final class StandardTraining {
  private StandardTraining() {}

  public static void install(SimContext ctx) {
    Scheduler s = ctx.scheduler();
    Network net = ctx.network();
    for (Projection p : net.projections()) {
      int i = p.index();
      s.every(0, 1, Phase.FORWARD, i, "forward " + p.id(),
          t -> net.forward(i));
    }
    Loss loss = ctx.loss();
    Batch batch = ctx.batch();
    s.every(0, 1, Phase.LOSS, 0, "loss", t -> {
      double l = loss.evaluate(net.output(), batch.labels());
      if (!Double.isFinite(l)) {
        throw new IllegalStateException(
            "the training loss became " + l + " at tick " + t + "; lower the learning rate?");
      }
      batch.setOutcome(l, loss.correct(net.output(), batch.labels()));
    });
    Parameters params = ctx.parameters();
    Optimizer optimizer = ctx.optimizer();
    s.every(0, 1, Phase.PLASTICITY, Integer.MAX_VALUE, "optimizer", t -> {
      for (Parameter p : params.all()) {
        if (p.hasFreshGradient()) {
          (p.optimizer() != null ? p.optimizer() : optimizer).update(p);
        }
      }
    });
  }
}
