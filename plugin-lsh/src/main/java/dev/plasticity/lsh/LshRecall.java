package dev.plasticity.lsh;

import dev.plasticity.api.config.Default;
import dev.plasticity.api.config.Doc;
import dev.plasticity.api.config.Min;
import dev.plasticity.api.config.Optional;
import dev.plasticity.api.sim.Metric;
import dev.plasticity.api.sim.Phase;
import dev.plasticity.api.sim.SimContext;
import dev.plasticity.api.sim.Timeline;
import java.util.List;

/**
 * Retrieval through K × L tables: the training rows (through the transform's P) are filed,
 * each test query (through Q) visits its bucket in every table plus {@code probes} more per
 * table (multi-probe), and the recall of its exact top-T inner products among the visited
 * items is recorded per number of probes ({@code recall@<T>/probes=<p>}), beside the share
 * of items visited ({@code searched/probes=<p>}); means over queries and evaluations; recall
 * against probes is also a curve, {@code multi-probe/recall@<T>}, plotted per variant. The
 * tables are rebuilt (new functions) every {@code rebuildEvery} ticks from tick 0 and rehashed
 * (same functions, items filed afresh) every {@code rehashEvery} ticks, as INPUT events;
 * {@code table-rebuilds} and {@code table-rehashes} count them.
 */
public record LshRecall(
    @Doc("MIPS transform (its hash family is used unless family is given)") @Default("\"simple-lsh\"")
        MipsTransform transform,
    @Doc("hash family overriding the transform's") @Optional HashFamily family,
    @Doc("hashes per table K") @Default("8") @Min(1) int bits,
    @Doc("tables L") @Default("10") @Min(1) int tables,
    @Doc("bucket capacity, FIFO (0: unbounded)") @Default("0") @Min(0) int bucketSize,
    @Doc("numbers of extra probes per table to compare") @Default("[0, 1, 2, 4, 8]") List<Integer> probes,
    @Doc("size T of the exact top-T") @Default("10") @Min(1) int top,
    @Doc("test rows used as queries (0: all)") @Default("200") @Min(0) int queries,
    @Doc("ticks between rebuilds with new functions (0: built once, at tick 0)") @Default("0") @Min(0)
        long rebuildEvery,
    @Doc("ticks between rehashes with the same functions (0: never)") @Default("0") @Min(0) long rehashEvery)
    implements Metric {
  @Override
  public void install(SimContext ctx) {
    MultiProbeEvaluation eval = new MultiProbeEvaluation(this, ctx.data(), ctx.rng("lsh-recall"));
    ctx.keepState("lsh-recall/" + Integer.toHexString(hashCode()), eval); // records hash by value
    if (rebuildEvery > 0) {
      ctx.scheduler().every(0, rebuildEvery, Phase.INPUT, 0, "lsh-recall: rebuild tables", t -> eval.rebuild());
    } else {
      ctx.scheduler().at(0, Phase.INPUT, 0, "lsh-recall: build tables", t -> eval.rebuild());
    }
    if (rehashEvery > 0) {
      ctx.scheduler().every(rehashEvery, rehashEvery, Phase.INPUT, 1, "lsh-recall: rehash", t -> eval.rehash());
    }
    Timeline tl = ctx.timeline();
    ctx.scheduler().every(tl.firstEpochEnd(), tl.ticksPerEpoch(), Phase.CONTROL, 0, "lsh-recall",
        t -> eval.evaluate(ctx.recorder()));
  }

  HashFamily effectiveFamily() {
    return family != null ? family : transform.hash();
  }
}
