package dev.plasticity.api.learn;

import dev.plasticity.api.sim.Metric;
import dev.plasticity.api.sim.Needs;
import dev.plasticity.api.sim.Phase;
import dev.plasticity.api.sim.SimContext;
import dev.plasticity.api.sim.StateMap;
import dev.plasticity.api.sim.Stateful;
import dev.plasticity.api.sim.Timeline;
import java.util.Set;

/** The metrics every trained network has. */
public final class StandardMetrics {
  private StandardMetrics() {}

  /** Order of the held-out evaluation among CONTROL events: after training metrics. */
  static final int EVAL_ORDER = 100;

  /** Accuracy on the whole test set at the end of every epoch. */
  public record TestAccuracy() implements Metric, Needs {
    @Override
    public Set<Need> needs() {
      return Set.of(Need.LABELS);
    }

    @Override
    public void install(SimContext ctx) {
      Timeline tl = ctx.timeline();
      int[] labels = new int[ctx.network().batchCapacity()];
      ctx.scheduler().every(tl.firstEpochEnd(), tl.ticksPerEpoch(), Phase.CONTROL, EVAL_ORDER,
          "test-accuracy", t -> {
            Evaluation.Result r = Evaluation.run(ctx.network(), ctx.data().test(), ctx.loss(), labels);
            ctx.recorder().record("test-accuracy", r.accuracy());
            if (ctx.loss() != null) {
              ctx.recorder().record("test-loss", r.meanLoss());
            }
          });
    }
  }

  /** Mean training loss over the epoch's batches, weighted by batch size. */
  public record TrainLoss() implements Metric, Needs {
    @Override
    public Set<Need> needs() {
      return Set.of(Need.TRAINING);
    }

    @Override
    public void install(SimContext ctx) {
      EpochMean m = new EpochMean(ctx, "train-loss", b -> b.loss() * b.size());
      m.install();
    }
  }

  /** Fraction of training samples classified right during the epoch (before each update). */
  public record TrainAccuracy() implements Metric, Needs {
    @Override
    public Set<Need> needs() {
      return Set.of(Need.TRAINING);
    }

    @Override
    public void install(SimContext ctx) {
      new EpochMean(ctx, "train-accuracy", b -> b.correct()).install();
    }
  }

  /** Accumulates a per-batch quantity at RECORD and writes its per-sample mean each epoch. */
  private static final class EpochMean implements Stateful {
    private final SimContext ctx;
    private final String name;
    private final java.util.function.ToDoubleFunction<Batch> value;
    private double sum;
    private long count;

    EpochMean(SimContext ctx, String name, java.util.function.ToDoubleFunction<Batch> value) {
      this.ctx = ctx;
      this.name = name;
      this.value = value;
    }

    void install() {
      Timeline tl = ctx.timeline();
      Batch b = ctx.batch();
      ctx.keepState(name, this);
      ctx.scheduler().every(0, 1, Phase.RECORD, 0, name, t -> {
        sum += value.applyAsDouble(b);
        count += b.size();
      });
      ctx.scheduler().every(tl.firstEpochEnd(), tl.ticksPerEpoch(), Phase.CONTROL, 0, name, t -> {
        ctx.recorder().record(name, count == 0 ? Double.NaN : sum / count);
        sum = 0;
        count = 0;
      });
    }

    @Override
    public void saveState(StateMap out) {
      out.putDoubles("sum", new double[] {sum});
      out.putLongs("count", new long[] {count});
    }

    @Override
    public void restoreState(StateMap in) {
      sum = in.doubles("sum")[0];
      count = in.longs("count")[0];
    }
  }
}
