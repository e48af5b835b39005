package dev.plasticity.hebbian;

import dev.plasticity.api.config.Default;
import dev.plasticity.api.config.Doc;
import dev.plasticity.api.config.Min;
import dev.plasticity.api.data.Data;
import dev.plasticity.api.math.Matrix;
import dev.plasticity.api.math.Rng;
import dev.plasticity.api.sim.Phase;
import dev.plasticity.api.sim.Schedule;
import dev.plasticity.api.sim.SimContext;
import dev.plasticity.api.sim.Timeline;

/**
 * Presents generated input batch by batch and lets a rule learn from it without an error
 * signal: INPUT draws a fresh batch from the {@code input} stream, PLASTICITY hands it to the
 * rule. An epoch is {@code batchesPerEpoch} ticks; metrics evaluate at its end. The batch is
 * redrawn every tick, so nothing but the rule's parameters and the stream lives between ticks.
 */
public record Presentation(
    @Doc("the generated input and its truth") HebbianInput input,
    @Doc("the learning rule") HebbianRule rule,
    @Doc("samples per tick") @Default("100") @Min(1) int batchSize,
    @Doc("ticks (batches) per epoch") @Default("100") @Min(1) int batchesPerEpoch,
    @Doc("epochs") @Default("10") @Min(1) int epochs)
    implements Schedule {

  @Override
  public Timeline plan(Data data) {
    return new Timeline(batchesPerEpoch, (long) batchesPerEpoch * epochs);
  }

  @Override
  public int batchCapacity(Data data) {
    return 1; // the network is a placeholder: the batch lives here
  }

  @Override
  public void install(SimContext ctx) {
    HebbianInput.Sampler sampler = input.prepare(ctx, batchSize);
    HebbianRule.Learner learner = rule.install(ctx, input.dim(), batchSize);
    Matrix x = new Matrix(batchSize, input.dim());
    Rng rng = ctx.rng("input");
    ctx.scheduler().every(0, 1, Phase.INPUT, 0, "draw input", t -> sampler.draw(rng, x));
    ctx.scheduler().every(0, 1, Phase.PLASTICITY, 0, "hebbian learning", t -> learner.learn(x));
  }
}
