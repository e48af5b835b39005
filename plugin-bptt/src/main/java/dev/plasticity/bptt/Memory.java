package dev.plasticity.bptt;

import dev.plasticity.api.spi.Kind;

/** A memory of past states the readout can attend to (kind {@code memory}). */
public interface Memory {
  Kind<Memory> KIND = new Kind<>("memory", Memory.class, "a memory of past hidden states");

  /** Ticks between writes; a write at every multiple of it from the sequence start. */
  int every();

  /** Size of the attention's hidden layer. */
  int attention();

  /** Keep only the k_top best scores (0: dense softmax). */
  int top();

  /** Whether the read is added to the state carried to the next tick (Ke et al.'s h_t + r_t). */
  default boolean feedback() {
    return false;
  }

  /** With feedback: whether a write stores the cell's output ĥ rather than the state h' = ĥ + r. */
  default boolean storesCell() {
    return false;
  }

  /**
   * Whether the credit through the scores reaches the query state and the memories (the
   * exact gradient), or only the attention's own weights A, C, v.
   */
  default boolean scoreCreditToStates() {
    return true;
  }
}
