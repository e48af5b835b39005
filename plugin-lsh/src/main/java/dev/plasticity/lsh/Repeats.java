package dev.plasticity.lsh;

import dev.plasticity.api.config.Default;
import dev.plasticity.api.config.Doc;
import dev.plasticity.api.config.Min;
import dev.plasticity.api.data.Data;
import dev.plasticity.api.sim.Schedule;
import dev.plasticity.api.sim.SimContext;
import dev.plasticity.api.sim.Timeline;

/**
 * A schedule for evaluation-only protocols (MIPS): nothing is presented; each repeat is an
 * epoch of {@code ticksPerRepeat} ticks at whose end the metrics evaluate with fresh hash
 * functions, and on whose ticks periodic table rebuilds and rehashes fall.
 */
public record Repeats(
    @Doc("repeats, each an epoch with freshly drawn hash functions") @Default("1") @Min(1) int repeats,
    @Doc("ticks per repeat") @Default("1") @Min(1) int ticksPerRepeat)
    implements Schedule {
  @Override
  public Timeline plan(Data data) {
    return new Timeline(ticksPerRepeat, (long) ticksPerRepeat * repeats);
  }

  @Override
  public int batchCapacity(Data data) {
    return 1;
  }

  @Override
  public void install(SimContext ctx) {
    // Nothing to present: the metrics read the items and queries straight from the data.
  }

  /** Nothing is presented, so a learning section would have nothing to learn from. */
  @Override
  public boolean usesLearningSection() {
    return false;
  }
}
