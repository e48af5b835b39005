package dev.plasticity.api.sim;

/**
 * The fixed slots of a tick, run in this order (like Brian2's schedule slots). Within a
 * phase an event's {@code order}, then its stable id, break ties.
 */
public enum Phase {
  /** Present data: the next batch, the next time step, the next odour. */
  INPUT,
  /** Propagate activity along projections. */
  FORWARD,
  /** Compare outputs with targets; set the output error. */
  LOSS,
  /** Carry credit back: errors of hidden populations, weight gradients. */
  FEEDBACK,
  /** Change weights. */
  PLASTICITY,
  /** Accumulate what metrics need. */
  RECORD,
  /** Evaluation, checkpoints, logging. */
  CONTROL
}
