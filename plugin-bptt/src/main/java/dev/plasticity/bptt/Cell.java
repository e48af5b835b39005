package dev.plasticity.bptt;

import dev.plasticity.api.math.Rng;
import dev.plasticity.api.spi.Kind;

/** A recurrent cell (kind {@code cell}): its size and how its weights start. */
public interface Cell {
  Kind<Cell> KIND = new Kind<>("cell", Cell.class, "a recurrent cell");

  int hidden();

  /** Fills W_x (n × d), W_h (n × n) and b (n), row-major. */
  void init(float[] wx, float[] wh, float[] b, int d, Rng rng);
}
