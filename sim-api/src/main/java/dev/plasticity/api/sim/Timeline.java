package dev.plasticity.api.sim;

/**
 * The shape of a run in ticks, fixed by the scenario's schedule before anything runs.
 *
 * @param ticksPerEpoch ticks between two evaluations (one epoch of minibatches, say)
 * @param totalTicks ticks of the whole run; the engine stops there
 */
public record Timeline(long ticksPerEpoch, long totalTicks) {
  public Timeline {
    if (ticksPerEpoch <= 0 || totalTicks < 0) {
      throw new IllegalArgumentException(
          "timeline needs ticksPerEpoch > 0 and totalTicks >= 0, got "
              + ticksPerEpoch + ", " + totalTicks);
    }
  }

  /** The tick that ends each epoch: the last tick of the first one. */
  public long firstEpochEnd() {
    return ticksPerEpoch - 1;
  }

  /** The epoch (1-based) that {@code tick} belongs to. */
  public long epochOf(long tick) {
    return tick / ticksPerEpoch + 1;
  }

  public long epochs() {
    return (totalTicks + ticksPerEpoch - 1) / ticksPerEpoch;
  }
}
