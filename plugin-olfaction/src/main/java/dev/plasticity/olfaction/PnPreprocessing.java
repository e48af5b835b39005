package dev.plasticity.olfaction;

import dev.plasticity.api.math.Matrix;

/**
 * How the projection neurons normalise an odour before it reaches the Kenyon cells (kind
 * {@code pn}). Some steps need a statistic of the whole odour set (a column offset, say):
 * {@link #fit} computes it once, {@link #apply} uses it on every presented batch.
 */
public interface PnPreprocessing {
  /** Fills {@code offsets} (one per column) from the whole odour set; zeros by default. */
  default void fit(Matrix odours, float[] offsets) {
    java.util.Arrays.fill(offsets, 0f);
  }

  /** Normalises the rows in use of {@code rows}, in place. */
  void apply(Matrix rows, float[] offsets);

  /** Mean over the {@code d} rates at {@code x[off ..]}, each shifted by its offset, in double. */
  static double shiftedMean(float[] x, int off, int d, float[] offsets) {
    double sum = 0;
    for (int c = 0; c < d; c++) {
      sum += (double) x[off + c] + offsets[c];
    }
    return sum / d;
  }
}
