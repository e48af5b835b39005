package dev.plasticity.hebbian;

import dev.plasticity.api.math.Matrix;
import dev.plasticity.api.sim.Metric;
import dev.plasticity.api.sim.SimContext;

/**
 * Each unit's |cosine| with the principal component of its rank (unit i against the truth's row
 * i: PC1 for Oja's single unit) and its norm ‖w_i‖, at each epoch end: {@code pc-cosine/i} and
 * {@code w-norm/i}. The sign of a component is arbitrary, hence the absolute value.
 */
public record PrincipalCosine() implements Metric {
  @Override
  public void install(SimContext ctx) {
    EpochMetric.install(ctx, "pc-cosine", (w, truth, out) -> {
      for (int i = 0; i < Math.min(w.rows(), truth.rows()); i++) {
        out.record("pc-cosine/" + i, Math.abs(cosine(w, i, truth, i)));
        out.record("w-norm/" + i, Bases.rowNorm(w, i));
      }
    });
  }

  static double cosine(Matrix a, int i, Matrix b, int j) {
    double dot = Bases.dot(a.data(), i * a.cols(), b.data(), j * b.cols(), a.cols());
    return dot / (Bases.rowNorm(a, i) * Bases.rowNorm(b, j));
  }
}
