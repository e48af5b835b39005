package dev.plasticity.lsh;

import dev.plasticity.api.config.Default;
import dev.plasticity.api.config.Doc;
import dev.plasticity.api.config.Max;
import dev.plasticity.api.config.Min;

/**
 * Sign-ALSH (Shrivastava & Li 2015): items scaled to norm ≤ U, P(x) = [x; ½ − ‖x‖²; …;
 * ½ − ‖x‖^{2^m}], Q(q) = [q/‖q‖; 0; …; 0], then SimHash. Q(q)ᵀP(x) = qᵀx/‖q‖ while ‖P(x)‖
 * stays nearly constant, so the angle orders items by inner product. Recommended m = 2,
 * U = 0.75.
 */
public record SignAlsh(
    @Doc("norm powers appended") @Default("2") @Min(1) @Max(8) int m,
    @Doc("largest item norm after scaling") @Default("0.75") @Min(0) @Max(1) double u)
    implements NormalisedQuery {
  @Override
  public int extraDims() {
    return m;
  }

  @Override
  public HashFamily hash() {
    return new SimHash();
  }

  @Override
  public void item(float[] x, int xOff, int d, double maxNorm, float[] out, int outOff) {
    double p = MipsTransform.scaled(x, xOff, d, u, maxNorm, out, outOff);
    for (int i = 0; i < m; i++) {
      out[outOff + d + i] = (float) (0.5 - p);
      p *= p;
    }
  }
}
