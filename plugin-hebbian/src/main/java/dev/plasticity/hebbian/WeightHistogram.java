package dev.plasticity.hebbian;

import dev.plasticity.api.config.ConfigException;
import dev.plasticity.api.config.Default;
import dev.plasticity.api.config.Doc;
import dev.plasticity.api.config.Max;
import dev.plasticity.api.config.Min;
import dev.plasticity.api.learn.Parameters;
import dev.plasticity.api.sim.Curve;
import dev.plasticity.api.sim.Metric;
import dev.plasticity.api.sim.Phase;
import dev.plasticity.api.sim.Recorder;
import dev.plasticity.api.sim.SimContext;
import dev.plasticity.api.sim.Timeline;

/**
 * The histogram of a bounded weight parameter at each epoch's end, in units of its bound: the
 * curve {@code weights/histogram} (bin centre, count), and {@code weights/near-bounds} (the share
 * within {@code edge}·bound of 0 or of the bound: bimodality under STDP),
 * {@code weights/low-edge} and {@code weights/high-edge} (those counts) and {@code weights/mean}.
 */
public record WeightHistogram(
    @Doc("the weight parameter") @Default("\"stdp.W\"") String parameter,
    @Doc("the 1 x 1 parameter holding the weights' upper bound (the lower is 0)") @Default("\"stdp.gmax\"") String bound,
    @Doc("bins between 0 and the bound") @Default("10") @Min(1) int bins,
    @Doc("near a bound: within this share of the bound") @Default("0.1") @Min(value = 0, exclusive = true) @Max(0.5)
        double edge)
    implements Metric {

  @Override
  public void install(SimContext ctx) {
    Parameters params = ctx.parameters();
    for (String[] needed : new String[][] {{"parameter", parameter}, {"bound", bound}}) {
      if (!params.contains(needed[1])) {
        throw new ConfigException(needed[0], "no parameter '" + needed[1]
            + "': the weight histogram needs bounded weights and their bound, as a poisson-lif-stdp schedule registers");
      }
    }
    float[] w = params.get(parameter).value().data();
    float max = params.get(bound).value().data()[0];
    Timeline tl = ctx.timeline();
    ctx.scheduler().every(tl.firstEpochEnd(), tl.ticksPerEpoch(), Phase.CONTROL, 1, "weight histogram",
        t -> record(w, max, ctx.recorder()));
  }

  void record(float[] w, double max, Recorder out) {
    double[] counts = new double[bins];
    double[] centres = new double[bins];
    int low = 0;
    int high = 0;
    double sum = 0;
    for (float x : w) {
      double u = x / max;
      sum += u;
      counts[Math.min(bins - 1, Math.max(0, (int) (u * bins)))]++;
      low += u < edge ? 1 : 0;
      high += u > 1 - edge ? 1 : 0;
    }
    for (int b = 0; b < bins; b++) {
      centres[b] = (b + 0.5) / bins;
    }
    out.record("weights/near-bounds", (low + high) / (double) w.length);
    out.record("weights/low-edge", low);
    out.record("weights/high-edge", high);
    out.record("weights/mean", sum / w.length);
    out.curve(new Curve("weights/histogram", "", "weight / bound", "synapses", centres, counts));
  }
}
