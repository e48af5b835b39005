package org.example.noisytransport;

import dev.plasticity.api.config.Default;
import dev.plasticity.api.config.Doc;
import dev.plasticity.api.math.Matrix;
import dev.plasticity.api.math.Ops;
import dev.plasticity.api.net.Projection;
import dev.plasticity.api.sim.Metric;
import dev.plasticity.api.sim.Phase;
import dev.plasticity.api.sim.SimContext;
import dev.plasticity.api.sim.Timeline;

/**
 * The norm of every projection's W at each epoch end ({@code weight-norm/<projection>}): a
 * metric, scheduled as the standard ones are, in the CONTROL phase of each evaluation tick.
 * Noisy feedback that misleads the forward weights shows as a W that grows faster.
 */
public record WeightNorm(
    @Doc("divide by sqrt(entries): the root mean square instead of the norm") @Default("false") boolean rms)
    implements Metric {

  @Override
  public void install(SimContext ctx) {
    Timeline tl = ctx.timeline();
    ctx.scheduler().every(tl.firstEpochEnd(), tl.ticksPerEpoch(), Phase.CONTROL, 0, "weight-norm", t -> {
      for (Projection p : ctx.network().projections()) {
        Matrix w = p.weights().value();
        double n = Ops.norm(w);
        ctx.recorder().record("weight-norm/" + p.id(), rms ? n / Math.sqrt(w.size()) : n);
      }
    });
  }
}
