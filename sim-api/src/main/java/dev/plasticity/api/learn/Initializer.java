package dev.plasticity.api.learn;

import dev.plasticity.api.math.Matrix;
import dev.plasticity.api.math.Rng;

/** Fills a weight matrix (out × in) at build time (kind {@code init}). */
public interface Initializer {
  void init(Matrix w, Rng rng);
}
