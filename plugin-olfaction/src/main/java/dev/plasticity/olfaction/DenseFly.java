package dev.plasticity.olfaction;

import dev.plasticity.api.config.Default;
import dev.plasticity.api.config.Doc;
import dev.plasticity.api.math.Matrix;
import dev.plasticity.api.net.Activation;

/**
 * DenseFly (Sharma &amp; Navlakha 2018): no winner-take-all; every Kenyon cell contributes a
 * bit, 1 when its summed input reaches {@code threshold} (0, after PNs centre each odour).
 * L2 between such hashes is the square root of their Hamming distance, so L2 ranking is
 * Hamming ranking.
 */
public record DenseFly(@Doc("input a cell needs to fire") @Default("0") double threshold)
    implements Activation {

  @Override
  public void apply(Matrix a, Matrix h) {
    float[] ad = a.data();
    float[] hd = h.data();
    h.useRows(a.rows());
    for (int i = 0, n = a.size(); i < n; i++) {
      hd[i] = ad[i] >= threshold ? 1f : 0f;
    }
  }

  /** A step function: its derivative is zero wherever it exists. */
  @Override
  public void backprop(Matrix a, Matrix h, Matrix delta) {
    delta.fill(0f);
  }
}
