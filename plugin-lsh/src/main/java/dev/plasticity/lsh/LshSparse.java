package dev.plasticity.lsh;

import dev.plasticity.api.config.Default;
import dev.plasticity.api.config.Doc;
import dev.plasticity.api.config.Max;
import dev.plasticity.api.config.Min;
import dev.plasticity.api.config.Optional;
import dev.plasticity.api.learn.CreditRule;
import dev.plasticity.api.sim.Phase;
import dev.plasticity.api.sim.SimContext;
import dev.plasticity.api.sim.Timeline;

/**
 * A hashed sparse hidden layer (Spring & Shrivastava 2017) trained by backprop: the layer's
 * weight rows [W_j, b_j] are filed in K × L tables; each sample's [x, 1] visits its buckets
 * and the neurons found (union, or ranked by hits) up to {@code activeFraction} of the layer
 * are the only ones computed, sent on and updated; the others are 0. The network must be
 * input → layer → output. Tables are rebuilt (new functions) every {@code rebuildEvery} and
 * rehashed (current weights, same functions) every {@code rehashEvery} ticks. Every
 * multiplication the layer performs in training — hashing of inputs, rehashing of weights,
 * forward, backward and weight gradients — is counted and recorded per training sample
 * ({@code lsh/mults-per-sample}) beside the dense layer's count for the same samples
 * ({@code lsh/dense-mults-per-sample}), with their ratio and the mean active fraction.
 * With SGD as the scenario's optimizer, W1 is stepped only in the rows the batch activated,
 * and the momentum that keeps moving the others is applied lazily and exactly
 * ({@link LazyMomentumSgd}); the optimizer's elementwise work is not counted as
 * multiplications, for either layer.
 */
public record LshSparse(
    @Doc("the sparse population (absent: the target of the first projection)") @Optional String layer,
    @Doc("hash family (absent: the transform's, or simhash)") @Optional HashFamily hash,
    @Doc("MIPS transform of weights (P) and inputs (Q); absent: the hash sees them raw") @Optional
        MipsTransform transform,
    @Doc("hashes per table K") @Default("6") @Min(1) int bits,
    @Doc("tables L") @Default("5") @Min(1) int tables,
    @Doc("bucket capacity, FIFO (0: unbounded; SLIDE uses 128)") @Default("0") @Min(0) int bucketSize,
    @Doc("extra probes per table") @Default("0") @Min(0) int probes,
    @Doc("most neurons active per sample, as a fraction of the layer") @Default("0.05") @Min(0) @Max(1)
        double activeFraction,
    @Doc("union of buckets or ranked by bucket hits") @Default("\"union\"") Selection selection,
    @Doc("ticks between rebuilds with new hash functions (0: only at tick 0)") @Default("0") @Min(0)
        long rebuildEvery,
    @Doc("ticks between rehashes of the current weights") @Default("50") @Min(0) long rehashEvery)
    implements CreditRule {
  @Override
  public void install(SimContext ctx) {
    SparseLayer s = SparseLayer.attach(this, ctx.network(), ctx.rng("lsh-sparse"), ctx.optimizer());
    if (s.lazyOptimizer() != null) {
      ctx.keepState("lsh-sparse/lazy-momentum", s.lazyOptimizer());
    }
    ctx.keepState("lsh-sparse/tables", s);
    var q = ctx.scheduler();
    if (rebuildEvery > 0) {
      q.every(0, rebuildEvery, Phase.INPUT, 0, "lsh-sparse: rebuild tables", t -> s.rebuild());
    } else {
      q.at(0, Phase.INPUT, 0, "lsh-sparse: build tables", t -> s.rebuild());
    }
    if (rehashEvery > 0) {
      q.every(rehashEvery, rehashEvery, Phase.INPUT, 1, "lsh-sparse: rehash", t -> s.rehash());
    }
    q.every(0, 1, Phase.FEEDBACK, 0, "lsh-sparse: backward", t -> s.backward());
    Timeline tl = ctx.timeline();
    // Before the evaluation and the checkpoint of each epoch: every row of W1 up to date.
    q.every(tl.firstEpochEnd(), tl.ticksPerEpoch(), Phase.CONTROL, Integer.MIN_VALUE, "lsh-sparse: catch up",
        t -> s.catchUp());
    q.every(tl.firstEpochEnd(), tl.ticksPerEpoch(), Phase.CONTROL, 0, "lsh-sparse: counts",
        t -> s.record(ctx.recorder()));
  }

  HashFamily family() {
    if (hash != null) {
      return hash;
    }
    return transform != null ? transform.hash() : new SimHash();
  }
}
