package dev.plasticity.lsh;

import dev.plasticity.api.config.Default;
import dev.plasticity.api.config.Doc;
import dev.plasticity.api.config.Max;
import dev.plasticity.api.config.Min;

/**
 * L2-ALSH (Shrivastava & Li 2014): items scaled to norm ≤ U, P(x) = [x; ‖x‖²; ‖x‖⁴; …;
 * ‖x‖^{2^m}], Q(q) = [q/‖q‖; ½; …; ½], then L2-LSH of width r. Then ‖Q(q) − P(x)‖² =
 * 1 + m/4 − 2·qᵀx/‖q‖ + ‖x‖^{2^{m+1}}, whose last term vanishes as m grows.
 */
public record L2Alsh(
    @Doc("norm powers appended") @Default("3") @Min(1) @Max(8) int m,
    @Doc("largest item norm after scaling") @Default("0.83") @Min(0) @Max(1) double u,
    @Doc("L2-LSH bucket width") @Default("2.5") double r)
    implements MipsTransform {
  @Override
  public int extraDims() {
    return m;
  }

  @Override
  public HashFamily hash() {
    return new L2Lsh(r);
  }

  @Override
  public void item(float[] x, int xOff, int d, double maxNorm, float[] out, int outOff) {
    double p = MipsTransform.scaled(x, xOff, d, u, maxNorm, out, outOff);
    for (int i = 0; i < m; i++) {
      out[outOff + d + i] = (float) p;
      p *= p;
    }
  }

  @Override
  public void query(float[] q, int qOff, int d, float[] out, int outOff) {
    MipsTransform.normalised(q, qOff, d, out, outOff);
    for (int i = 0; i < m; i++) {
      out[outOff + d + i] = 0.5f;
    }
  }
}
