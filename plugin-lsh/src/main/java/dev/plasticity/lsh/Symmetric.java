package dev.plasticity.lsh;

import dev.plasticity.api.config.Default;
import dev.plasticity.api.config.Doc;
import dev.plasticity.api.config.Max;
import dev.plasticity.api.config.Min;

/**
 * The symmetric baseline: the same hash on raw items and queries (items scaled by U/M and
 * queries normalised, which changes no inner-product ranking but puts L2-LSH on the scale
 * its width r was chosen for). SimHash then ranks by cosine, L2-LSH by distance: neither
 * by inner product when item norms differ.
 */
public record Symmetric(
    @Doc("the hash applied to raw vectors") @Default("\"simhash\"") HashFamily family,
    @Doc("largest item norm after scaling") @Default("0.83") @Min(0) @Max(1) double u)
    implements NormalisedQuery {
  @Override
  public int extraDims() {
    return 0;
  }

  @Override
  public HashFamily hash() {
    return family;
  }

  @Override
  public void item(float[] x, int xOff, int d, double maxNorm, float[] out, int outOff) {
    MipsTransform.scaled(x, xOff, d, u, maxNorm, out, outOff);
  }
}
