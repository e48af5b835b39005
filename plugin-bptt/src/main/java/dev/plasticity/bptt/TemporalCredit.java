package dev.plasticity.bptt;

import dev.plasticity.api.math.Rng;
import dev.plasticity.api.sim.SimContext;
import dev.plasticity.api.spi.Kind;

/**
 * A temporal credit assignment algorithm (kind {@code temporal-credit}): BPTT and its
 * truncation, RTRL and its online estimators. It is its own kind rather than a
 * {@code credit} rule because it needs the recurrent model that the {@code temporal}
 * schedule owns; a feedforward scenario could not use it.
 */
public interface TemporalCredit {
  Kind<TemporalCredit> KIND = new Kind<>("temporal-credit", TemporalCredit.class,
      "how credit reaches the past of a recurrent network");

  /** Ring capacity (ticks of history) the algorithm needs for sequences of {@code length}. */
  default int history(int length, boolean stream) {
    return 2;
  }

  /** Whether it can carry attention gradients into stored states. */
  default boolean keepsHistory() {
    return false;
  }

  /**
   * Creates the running state and schedules the algorithm's own events (sweeps) for
   * sequences of {@code length} ticks (or a stream).
   */
  Learner install(SimContext ctx, Episode e, int length, boolean stream, Rng rng);
}
