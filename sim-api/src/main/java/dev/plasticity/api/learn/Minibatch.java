package dev.plasticity.api.learn;

import dev.plasticity.api.config.Default;
import dev.plasticity.api.config.Doc;
import dev.plasticity.api.config.Min;
import dev.plasticity.api.data.Data;
import dev.plasticity.api.data.Dataset;
import dev.plasticity.api.math.Rng;
import dev.plasticity.api.net.Network;
import dev.plasticity.api.sim.Phase;
import dev.plasticity.api.sim.Schedule;
import dev.plasticity.api.sim.SimContext;
import dev.plasticity.api.sim.StateMap;
import dev.plasticity.api.sim.Stateful;
import dev.plasticity.api.sim.Timeline;

/**
 * Minibatch training: each tick presents one batch of the training set; an epoch is one
 * pass (the last batch may be smaller), reshuffled at its start; evaluations run at the
 * end of every epoch.
 */
public record Minibatch(
    @Doc("passes over the training set") @Min(1) int epochs,
    @Doc("samples per tick") @Min(1) int batchSize,
    @Doc("reshuffle the training set at the start of every epoch") @Default("true") boolean shuffle)
    implements Schedule {

  @Override
  public Timeline plan(Data data) {
    long perEpoch = (data.train().size() + batchSize - 1) / batchSize;
    return new Timeline(perEpoch, perEpoch * epochs);
  }

  @Override
  public int batchCapacity(Data data) {
    return Math.min(batchSize, data.train().size());
  }

  @Override
  public void install(SimContext ctx) {
    Presenter p = new Presenter(ctx, ctx.timeline().ticksPerEpoch());
    ctx.keepState("schedule", p);
    ctx.scheduler().every(0, 1, Phase.INPUT, 0, "present batch", p::present);
  }

  /** The INPUT event and its state: the current order of the training set. */
  private final class Presenter implements Stateful {
    private final Dataset train;
    private final Network net;
    private final Batch batch;
    private final Rng rng;
    private final long perEpoch;
    private final int[] order;

    Presenter(SimContext ctx, long perEpoch) {
      this.train = ctx.data().train();
      this.net = ctx.network();
      this.batch = ctx.batch();
      this.rng = ctx.rng("schedule");
      this.perEpoch = perEpoch;
      this.order = new int[train.size()];
      for (int i = 0; i < order.length; i++) {
        order[i] = i;
      }
    }

    void present(long tick) {
      int k = (int) (tick % perEpoch);
      if (k == 0 && shuffle) {
        rng.shuffle(order);
      }
      int from = k * batchSize;
      int n = Math.min(batchSize, train.size() - from);
      net.useRows(n);
      batch.setSize(n);
      train.gather(order, from, n, net.input().activity(), batch.labels());
      System.arraycopy(order, from, batch.indices(), 0, n);
    }

    @Override
    public void saveState(StateMap out) {
      out.putInts("order", order);
    }

    @Override
    public void restoreState(StateMap in) {
      int[] saved = in.ints("order");
      System.arraycopy(saved, 0, order, 0, order.length);
    }
  }
}
