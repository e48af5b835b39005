package dev.plasticity.hebbian;

import dev.plasticity.api.config.ConfigException;
import dev.plasticity.api.math.Matrix;
import dev.plasticity.api.sim.Metric;
import dev.plasticity.api.sim.SimContext;

/**
 * The Amari index (Amari, Cichocki & Yang 1996) of the global system P = W M, with M the true
 * whitened mixing (the input's truth, one row per source), at each epoch end:
 * {@code amari-index}. 0 when P is a scaled permutation (every source recovered once), near 1
 * for a random P; normalised by 2n(n−1) as is usual.
 */
public record AmariIndex() implements Metric {
  @Override
  public void install(SimContext ctx) {
    EpochMetric.install(ctx, "amari-index", (w, truth, out) -> out.record("amari-index", of(w, truth)));
    int units = ctx.parameters().get(HebbianRule.WEIGHTS).value().rows();
    int sources = ctx.parameters().get(HebbianInput.TRUTH).value().rows();
    if (units != sources) {
      throw new ConfigException("", "the Amari index needs as many units as sources, got " + units + " units and "
          + sources + " sources");
    }
  }

  /** The index of P_ij = |w_i · m_j| (w and truth both n × dim, n = w.rows() = truth.rows()). */
  static double of(Matrix w, Matrix truth) {
    int n = w.rows();
    double[] p = new double[n * n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        p[i * n + j] = Math.abs(Bases.dot(w.data(), i * w.cols(), truth.data(), j * truth.cols(), w.cols()));
      }
    }
    double sum = 0;
    for (int i = 0; i < n; i++) {
      double rowMax = 0;
      double rowSum = 0;
      double colMax = 0;
      double colSum = 0;
      for (int j = 0; j < n; j++) {
        rowMax = Math.max(rowMax, p[i * n + j]);
        rowSum += p[i * n + j];
        colMax = Math.max(colMax, p[j * n + i]);
        colSum += p[j * n + i];
      }
      sum += rowSum / rowMax - 1 + colSum / colMax - 1;
    }
    return sum / (2.0 * n * (n - 1));
  }
}
