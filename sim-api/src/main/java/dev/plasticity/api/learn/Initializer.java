package dev.plasticity.api.learn;

import dev.plasticity.api.math.Matrix;
import dev.plasticity.api.math.Rng;

/** Fills a weight matrix (out × in) at build time (kind {@code init}). */
public interface Initializer {
  /** Fills w, counting its fans from its shape (rows out, columns in), as for dense W. */
  void init(Matrix w, Rng rng);

  /**
   * Fills w given the fans of its operator, which a convolution's W (out × C·k·k) does not
   * show: fan-out is out · k · k there. Initialisers that do not use fans ignore them.
   */
  default void init(Matrix w, int fanIn, int fanOut, Rng rng) {
    init(w, rng);
  }
}
