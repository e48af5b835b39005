package dev.plasticity.olfaction;

import dev.plasticity.api.math.Matrix;

/**
 * The common variant of the PN step: centre each odour on its own mean rate, so that a
 * Kenyon cell's summed input is positive or negative (what DenseFly thresholds at zero).
 * Its offsets are the default zeros.
 */
public record RowCentre() implements PnPreprocessing {
  @Override
  public void apply(Matrix rows, float[] offsets) {
    int d = rows.cols();
    float[] x = rows.data();
    for (int r = 0, n = rows.rows(); r < n; r++) {
      int off = r * d;
      float mean = (float) PnPreprocessing.shiftedMean(x, off, d, offsets);
      for (int c = 0; c < d; c++) {
        x[off + c] -= mean;
      }
    }
  }
}
