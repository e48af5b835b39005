package dev.plasticity.olfaction;

import dev.plasticity.api.config.Default;
import dev.plasticity.api.config.Doc;
import dev.plasticity.api.config.Min;
import dev.plasticity.api.math.Matrix;

/**
 * The authors' preprocessing: add |min| of each column so that every rate is non-negative,
 * scale each odour to a mean rate of {@code mean}, and truncate to whole spikes. The
 * arithmetic is in double, as in their script, so the truncation lands where theirs does.
 */
public record MeanRate(
    @Doc("mean firing rate of every odour") @Default("100") @Min(value = 0, exclusive = true) double mean,
    @Doc("truncate rates to integers") @Default("true") boolean truncate)
    implements PnPreprocessing {

  @Override
  public void fit(Matrix odours, float[] offsets) {
    int d = odours.cols();
    float[] x = odours.data();
    for (int c = 0; c < d; c++) {
      float min = Float.POSITIVE_INFINITY;
      for (int r = 0, n = odours.rows(); r < n; r++) {
        min = Math.min(min, x[r * d + c]);
      }
      // |min|, not -min: the script adds the absolute value even to positive columns.
      offsets[c] = Math.abs(min);
    }
  }

  @Override
  public void apply(Matrix rows, float[] offsets) {
    int d = rows.cols();
    float[] x = rows.data();
    for (int r = 0, n = rows.rows(); r < n; r++) {
      int off = r * d;
      double rowMean = PnPreprocessing.shiftedMean(x, off, d, offsets);
      // A silent odour stays silent rather than becoming NaN.
      double scale = rowMean > 0 ? mean / rowMean : 0;
      for (int c = 0; c < d; c++) {
        double v = ((double) x[off + c] + offsets[c]) * scale;
        x[off + c] = (float) (truncate ? (double) (long) v : v);
      }
    }
  }
}
