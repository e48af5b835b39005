package dev.plasticity.api.learn;

import dev.plasticity.api.math.Matrix;
import dev.plasticity.api.math.Ops;
import dev.plasticity.api.net.Population;

/** A loss on the output population (kind {@code loss}). */
public interface Loss {
  /**
   * Computes the mean loss over the batch from the output population's state, writes
   * ∂L/∂a into its {@link Population#error()} (already divided by the batch size), and
   * returns the mean loss.
   */
  double evaluate(Population output, int[] labels);

  /** Rows whose prediction (the largest output) matches the label. */
  default int correct(Population output, int[] labels) {
    Matrix h = output.activity();
    int n = 0;
    for (int i = 0; i < h.rows(); i++) {
      if (Ops.argmaxRow(h, i) == labels[i]) {
        n++;
      }
    }
    return n;
  }
}
