package dev.plasticity.hebbian;

import dev.plasticity.api.math.Matrix;
import dev.plasticity.api.sim.Metric;
import dev.plasticity.api.sim.SimContext;

/**
 * The largest principal angle, in degrees, between the span of the rule's k weight rows and the
 * span of the truth's first k rows (the top-k principal subspace), at each epoch end:
 * {@code subspace-angle}. With orthonormal bases U (of W) and V, the cosines of the principal
 * angles are the singular values of U Vᵀ; the largest angle belongs to the smallest.
 */
public record SubspaceAngle() implements Metric {
  @Override
  public void install(SimContext ctx) {
    EpochMetric.install(ctx, "subspace-angle", (w, truth, out) ->
        out.record("subspace-angle", largestAngleDegrees(w, truth)));
  }

  /** The largest principal angle between rowspan(w) and the span of truth's first w.rows() rows. */
  static double largestAngleDegrees(Matrix w, Matrix truth) {
    int k = w.rows();
    int n = w.cols();
    float[] u = w.copy().data();
    Bases.orthonormaliseRows(u, k, n);
    double[] m = new double[k * k]; // M = U Vᵀ
    for (int i = 0; i < k; i++) {
      for (int j = 0; j < k; j++) {
        m[i * k + j] = Bases.dot(u, i * n, truth.data(), j * n, n);
      }
    }
    double[] mmt = new double[k * k];
    for (int i = 0; i < k; i++) {
      for (int j = 0; j < k; j++) {
        double s = 0;
        for (int l = 0; l < k; l++) {
          s += m[i * k + l] * m[j * k + l];
        }
        mmt[i * k + j] = s;
      }
    }
    SymmetricEigen eig = new SymmetricEigen(k);
    eig.decompose(mmt);
    double smallest = Double.POSITIVE_INFINITY;
    for (double v : eig.values) {
      smallest = Math.min(smallest, v);
    }
    double cos = Math.sqrt(Math.max(0, Math.min(1, smallest)));
    return Math.toDegrees(Math.acos(cos));
  }
}
