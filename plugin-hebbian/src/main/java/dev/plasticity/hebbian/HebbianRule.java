package dev.plasticity.hebbian;

import dev.plasticity.api.math.Matrix;
import dev.plasticity.api.sim.SimContext;

/**
 * A learning rule without an error signal (kind {@code hebbian-rule}): it sees only the
 * presented batch and its own weights, the parameter {@link #WEIGHTS} (units × input width),
 * which the metrics read. The record is the configuration; {@link #install} makes the learner
 * that holds the buffers.
 */
public interface HebbianRule {
  /** The rule's weights: one row per unit. */
  String WEIGHTS = "hebbian.W";

  /** Registers the weights (and any other state) for inputs of width {@code dim}; returns the learner. */
  Learner install(SimContext ctx, int dim, int batchCapacity);

  /** One update from a batch. */
  interface Learner {
    /** Learns from {@code x} (batch × dim), in the PLASTICITY phase. */
    void learn(Matrix x);
  }
}
