package dev.plasticity.alignment;

import dev.plasticity.api.config.ConfigException;
import dev.plasticity.api.config.Default;
import dev.plasticity.api.config.Doc;
import dev.plasticity.api.config.Max;
import dev.plasticity.api.config.Min;
import dev.plasticity.api.config.Optional;
import dev.plasticity.api.learn.BackwardSweep;
import dev.plasticity.api.learn.CreditRule;
import dev.plasticity.api.learn.Optimizer;
import dev.plasticity.api.net.Network;
import dev.plasticity.api.net.Population;
import dev.plasticity.api.net.Projection;
import dev.plasticity.api.sim.Phase;
import dev.plasticity.api.sim.SimContext;
import java.util.ArrayList;
import java.util.List;

/**
 * Training with local error signals (Nøkland & Eidnes 2019): every hidden block
 * (Linear → f → dropout) learns from its own loss — pred, sim or predsim — and its input
 * is detached, so no error crosses blocks; the output projection learns from the global
 * loss. Every block's parameters (W, b, the heads U and V) are applied by
 * {@code optimizer} when given (the paper: Adam per block), else by the scenario's.
 */
public record LocalLosses(
    @Doc("the local loss: pred, sim or predsim") @Default("\"predsim\"") LocalObjective objective,
    @Doc("weight β of sim in predsim = (1 − β) pred + β sim") @Default("0.99") @Min(0) @Max(1)
        double beta,
    @Doc("biologically plausible variants: pred's error reaches h through a fixed random matrix, "
        + "sim compares h itself with the similarity of a fixed random projection of the labels")
        @Default("false") boolean bio,
    @Doc("width of the bio variant's random label projection P") @Default("128") @Min(1) int bioDim,
    @Doc("dropout rate after every hidden block (training only)") @Default("0") @Min(0)
        @Max(value = 1, exclusive = true) double dropout,
    @Doc("optimizer of every block's parameters; absent: the scenario's") @Optional
        Optimizer optimizer)
    implements CreditRule {

  public LocalLosses {
    if (objective == LocalObjective.PREDSIM && (beta == 0 || beta == 1)) {
      throw new ConfigException("beta", "predsim needs 0 < beta < 1; use pred or sim instead");
    }
  }

  float predWeight() {
    return switch (objective) {
      case PRED -> 1f;
      case SIM -> 0f;
      case PREDSIM -> (float) (1 - beta);
    };
  }

  float simWeight() {
    return switch (objective) {
      case PRED -> 0f;
      case SIM -> 1f;
      case PREDSIM -> (float) beta;
    };
  }

  @Override
  public void install(SimContext ctx) {
    Network net = ctx.network();
    DenseOnly.require(net, "local-losses");
    int classes = net.output().size();
    int cap = net.batchCapacity();
    List<LocalBlock> blocks = new ArrayList<>();
    for (Population p : net.populations()) {
      if (p == net.input() || p == net.output()) {
        continue;
      }
      LocalBlock b = new LocalBlock(p, classes, cap, predWeight(), simWeight(), bio, dropout, bioDim,
          ctx.parameters(), optimizer, ctx.rng("local-losses." + p.id()));
      blocks.add(b);
      List<Projection> in = net.into(p);
      int lastIn = in.get(in.size() - 1).index();
      // right after the block's activation, before any projection reads it (order = index)
      ctx.scheduler().every(0, 1, Phase.FORWARD, lastIn, "local-losses dropout " + p.id(),
          t -> b.afterActivation());
    }
    if (optimizer != null) {
      for (Projection p : net.projections()) {
        if (p.target() != net.output()) {
          p.weights().withOptimizer(optimizer);
          if (p.hasBias()) {
            p.bias().withOptimizer(optimizer);
          }
        }
      }
    }
    // an array, so that the per-tick loop allocates no iterator
    Projection[] projections = net.projections().toArray(Projection[]::new);
    int[] labels = ctx.batch().labels();
    LocalBlock[] bs = blocks.toArray(LocalBlock[]::new);
    ctx.scheduler().every(0, 1, Phase.FEEDBACK, 0, "local-losses", t -> {
      for (LocalBlock b : bs) {
        b.feedback(labels);
      }
      for (Projection p : projections) {
        BackwardSweep.gradients(p);
      }
    });
  }
}
