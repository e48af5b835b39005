package dev.plasticity.lsh;

import dev.plasticity.api.config.Default;
import dev.plasticity.api.config.Doc;
import dev.plasticity.api.config.Max;
import dev.plasticity.api.config.Min;
import dev.plasticity.api.learn.BackwardSweep;
import dev.plasticity.api.learn.CreditRule;
import dev.plasticity.api.net.Projection;
import dev.plasticity.api.sim.Phase;
import dev.plasticity.api.sim.SimContext;
import java.util.ArrayList;
import java.util.List;

/**
 * HashedNets (Chen et al. 2015) trained by backprop: every weight matrix W (out × in) is
 * virtual, W_ij = ξ(i, j)·w[h(i, j)], with w a parameter of ⌈compression·out·in⌉ free
 * values ({@code <proj>.hashed}), h a hash of the index and ξ a hashed sign. The virtual W is
 * expanded before the first forward and after every update; backprop's ∇W is folded into
 * ∇w[k] = Σ_{h(i,j)=k} ξ(i,j)·∇W_ij, and only w is updated (biases stay free parameters).
 */
public record HashedNets(
    @Doc("free weights per matrix as a fraction of its entries (1/8 = 0.125)") @Default("0.125") @Min(0) @Max(1)
        double compression)
    implements CreditRule {
  @Override
  public void install(SimContext ctx) {
    List<HashedWeights> hashed = new ArrayList<>();
    for (Projection p : ctx.network().projections()) {
      hashed.add(new HashedWeights(p, compression, ctx.parameters(), ctx.rng("hashed-nets/" + p.id())));
    }
    BackwardSweep sweep = new BackwardSweep(ctx.network());
    var q = ctx.scheduler();
    q.at(0, Phase.INPUT, Integer.MAX_VALUE, "hashed-nets: expand", t -> hashed.forEach(HashedWeights::expand));
    q.every(0, 1, Phase.FEEDBACK, 0, "hashed-nets: backprop", t -> {
      sweep.run(p -> p.weights().value());
      hashed.forEach(HashedWeights::fold);
    });
    // RECORD comes after the optimizer's PLASTICITY: evaluations and the next tick see the new W.
    q.every(0, 1, Phase.RECORD, Integer.MIN_VALUE, "hashed-nets: expand", t -> hashed.forEach(HashedWeights::expand));
  }
}
