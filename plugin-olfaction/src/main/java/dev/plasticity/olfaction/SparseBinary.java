package dev.plasticity.olfaction;

import dev.plasticity.api.config.Doc;
import dev.plasticity.api.config.Min;
import dev.plasticity.api.learn.Initializer;
import dev.plasticity.api.math.Matrix;
import dev.plasticity.api.math.Rng;

/**
 * The PN→KC wiring of the fly (Dasgupta et al.'s {@code SB<s>}): every Kenyon cell samples
 * exactly {@code s} distinct projection neurons with weight 1, everything else 0.
 */
public record SparseBinary(@Doc("inputs each Kenyon cell samples (about 10% of them)") @Min(1) int s)
    implements Initializer {

  @Override
  public void init(Matrix w, Rng rng) {
    int in = w.cols();
    if (s > in) {
      throw new IllegalArgumentException("sparse-binary: s = " + s + " exceeds the " + in + " inputs");
    }
    w.fill(0f);
    float[] d = w.data();
    // Floyd's algorithm: s distinct columns with s draws and no scratch memory beyond the row.
    for (int r = 0, rows = w.rows(); r < rows; r++) {
      int off = r * in;
      for (int j = in - s; j < in; j++) {
        int t = rng.nextInt(j + 1);
        d[off + (d[off + t] == 0f ? t : j)] = 1f;
      }
    }
  }
}
