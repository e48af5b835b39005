package dev.plasticity.olfaction;

import dev.plasticity.api.math.Matrix;

/** No PN step: the odour reaches the Kenyon cells as given. */
public record RawRates() implements PnPreprocessing {
  @Override
  public void apply(Matrix rows, float[] offsets) {}
}
