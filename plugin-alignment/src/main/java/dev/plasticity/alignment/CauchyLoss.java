package dev.plasticity.alignment;

import dev.plasticity.api.math.Matrix;

/** LRA's local loss (Ororbia et al. 2018): L(h, y) = scale · Σ log(1 + (y − h)²). */
final class CauchyLoss {
  private CauchyLoss() {}

  /** grad ← ∂L/∂h = −2·scale·(y − h) / (1 + (y − h)²); returns L. */
  static double evaluate(Matrix h, Matrix y, float scale, Matrix grad) {
    float[] hd = h.data();
    float[] yd = y.data();
    float[] g = grad.data();
    grad.useRows(h.rows());
    double loss = 0;
    for (int i = 0, n = h.size(); i < n; i++) {
      float d = yd[i] - hd[i];
      float q = 1f + d * d;
      loss += Math.log(q);
      g[i] = -2f * scale * d / q;
    }
    return scale * loss;
  }
}
