package dev.plasticity.lsh;

import dev.plasticity.api.config.Default;
import dev.plasticity.api.config.Doc;
import dev.plasticity.api.config.Min;
import dev.plasticity.api.sim.Metric;
import dev.plasticity.api.sim.Phase;
import dev.plasticity.api.sim.SimContext;
import dev.plasticity.api.sim.Timeline;
import java.util.List;

/**
 * Shrivastava & Li's MIPS evaluation: the training rows are the items, the first
 * {@code queries} test rows the queries. At every evaluation K fresh hash functions of the
 * transform's family are drawn, items are ranked by the number of their K codes that match
 * the query's (ties: lower id), and precision is read where recall of the exact top-T inner
 * products first reaches 0.1, 0.2, …, 1. Values are means over queries and over the
 * evaluations so far (each a fresh draw). Records {@code p@r0.5/K=<K>/T=<T>} as metrics, and
 * each (K, T) curve as a {@link dev.plasticity.api.sim.Curve}
 * {@code precision-recall/K=<K>/T=<T>}, which the runtime writes to {@code curves.jsonl} and
 * plots with a line per variant under {@code plots/curves/}.
 */
public record MipsPrecision(
    @Doc("the asymmetric (or symmetric) scheme") @Default("\"simple-lsh\"") MipsTransform transform,
    @Doc("numbers of hashes K compared") @Default("[64, 128, 256, 512]") List<Integer> hashCounts,
    @Doc("sizes T of the exact top-T") @Default("[1, 5, 10]") List<Integer> tops,
    @Doc("test rows used as queries (0: all)") @Default("1000") @Min(0) int queries)
    implements Metric {
  static final int LEVELS = 10;

  @Override
  public void install(SimContext ctx) {
    Timeline tl = ctx.timeline();
    MipsRanking ranking = new MipsRanking(this, ctx.data(), ctx.rng("mips-precision"));
    ctx.keepState("mips-precision/" + Integer.toHexString(hashCode()), ranking); // records hash by value
    ctx.scheduler().every(tl.firstEpochEnd(), tl.ticksPerEpoch(), Phase.CONTROL, 0, "mips-precision",
        t -> ranking.evaluate(ctx.recorder()));
  }
}
