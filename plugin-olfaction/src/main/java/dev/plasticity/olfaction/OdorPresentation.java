package dev.plasticity.olfaction;

import dev.plasticity.api.config.Default;
import dev.plasticity.api.config.Doc;
import dev.plasticity.api.config.Min;
import dev.plasticity.api.config.Optional;
import dev.plasticity.api.data.Data;
import dev.plasticity.api.data.Dataset;
import dev.plasticity.api.learn.Batch;
import dev.plasticity.api.math.Matrix;
import dev.plasticity.api.math.Rng;
import dev.plasticity.api.net.Network;
import dev.plasticity.api.net.Projection;
import dev.plasticity.api.sim.Phase;
import dev.plasticity.api.sim.Schedule;
import dev.plasticity.api.sim.SimContext;
import dev.plasticity.api.sim.Timeline;
import java.util.List;

/**
 * Presents every odour of one set (the test set by default: for unlabelled vectors, the
 * whole file), or those of some classes only, once per repeat, {@code batchSize} per tick:
 * INPUT writes the PN rates (after the PN step) into the input population, FORWARD drives
 * every projection, and a {@code plasticity} rule, when given, learns from the odours in
 * PLASTICITY. A repeat is an epoch, so metrics evaluate once per repeat. With
 * {@code circuits}, the Kenyon-cell circuits are built at install and drawn afresh at the
 * start of every repeat; without, the network's own projections stay as drawn.
 */
public record OdorPresentation(
    @Doc("repeats, each an epoch with freshly drawn circuits") @Default("1") @Min(1) int repeats,
    @Doc("odours presented per tick") @Default("1000") @Min(1) int batchSize,
    @Doc("how projection neurons normalise an odour") @Default("{\"type\": \"mean-rate\"}") PnPreprocessing pn,
    @Doc("Kenyon-cell circuits to build, one per hash length") @Optional KenyonCircuits circuits,
    @Doc("the odours presented: test or train") @Default("\"test\"") OdourSet set,
    @Doc("present only odours of these classes; absent: all") @Optional List<Integer> classes,
    @Doc("how the output synapses learn from the presented odours; absent: they do not")
        @Optional KcPlasticity plasticity)
    implements Schedule {

  /** Presents the whole test set without learning: the similarity-search protocol. */
  public OdorPresentation(int repeats, int batchSize, PnPreprocessing pn, KenyonCircuits circuits) {
    this(repeats, batchSize, pn, circuits, OdourSet.TEST, null, null);
  }

  @Override
  public Timeline plan(Data data) {
    long perEpoch = (presented(data) + batchSize - 1) / batchSize;
    return new Timeline(Math.max(1, perEpoch), perEpoch * repeats);
  }

  @Override
  public int batchCapacity(Data data) {
    return Math.max(1, Math.min(batchSize, presented(data)));
  }

  private int presented(Data data) {
    return OdourSet.rows(set.of(data), classes).length;
  }

  @Override
  public void install(SimContext ctx) {
    List<Projection> drawn = circuits == null ? List.of() : circuits.build(ctx);
    Presenter p = new Presenter(ctx, drawn);
    if (plasticity != null) {
      plasticity.install(ctx);
    }
    ctx.scheduler().every(0, 1, Phase.INPUT, 0, "present odours", p::present);
    Network net = ctx.network();
    for (Projection proj : net.projections()) {
      int i = proj.index();
      ctx.scheduler().every(0, 1, Phase.FORWARD, i, "forward " + proj.id(), t -> net.forward(i));
    }
  }

  /** The INPUT event: a fresh draw at each repeat's first tick, then the next odours. */
  private final class Presenter {
    private final Dataset odours;
    private final int[] order;
    private final Network net;
    private final Batch batch;
    private final long perEpoch;
    private final float[] offsets;
    private final List<Projection> drawn;
    private final Rng rng;

    Presenter(SimContext ctx, List<Projection> drawn) {
      this.odours = set.of(ctx.data());
      this.order = OdourSet.rows(odours, classes);
      this.net = ctx.network();
      this.batch = ctx.batch();
      this.perEpoch = ctx.timeline().ticksPerEpoch();
      this.offsets = new float[odours.dim()];
      this.drawn = drawn;
      this.rng = ctx.rng("schedule/circuits");
      pn.fit(odours.features(), offsets);
    }

    void present(long tick) {
      int k = (int) (tick % perEpoch);
      if (k == 0 && circuits != null) {
        circuits.redraw(drawn, rng);
      }
      int from = k * batchSize;
      int n = Math.min(batchSize, order.length - from);
      net.useRows(n);
      batch.setSize(n);
      Matrix x = net.input().activity();
      odours.gather(order, from, n, x, batch.labels());
      pn.apply(x, offsets);
      System.arraycopy(order, from, batch.indices(), 0, n);
    }
  }
}
