package dev.plasticity.hebbian;

import dev.plasticity.api.math.Matrix;
import dev.plasticity.api.sim.Metric;
import dev.plasticity.api.sim.SimContext;

/**
 * Each neuron's selectivity between the input's two patterns, at each epoch end. Its responses
 * r = max(0, w·p) to the clean patterns give {@code selectivity/i} = 1 − low/high (0.9 means ten
 * times more to one pattern than to the other; 0 when it responds to neither) and
 * {@code preference/i} (0 or 1); {@code selective-share} is the share of neurons at 0.9 or more,
 * {@code preferring/0} and {@code preferring/1} count the selective ones per pattern.
 */
public record Selectivity() implements Metric {
  /** Selectivity at which a neuron counts as selective: one response ten times the other. */
  public static final double SELECTIVE = 0.9;

  @Override
  public void install(SimContext ctx) {
    EpochMetric.install(ctx, "selectivity", (w, patterns, out) -> {
      int selective = 0;
      int[] preferring = new int[2];
      for (int i = 0; i < w.rows(); i++) {
        double r0 = response(w, i, patterns, 0);
        double r1 = response(w, i, patterns, 1);
        double high = Math.max(r0, r1);
        double s = high > 0 ? 1 - Math.min(r0, r1) / high : 0;
        int pref = r1 > r0 ? 1 : 0;
        out.record("selectivity/" + i, s);
        out.record("preference/" + i, pref);
        if (s >= SELECTIVE) {
          selective++;
          preferring[pref]++;
        }
      }
      out.record("selective-share", selective / (double) w.rows());
      out.record("preferring/0", preferring[0]);
      out.record("preferring/1", preferring[1]);
    });
  }

  private static double response(Matrix w, int i, Matrix p, int j) {
    return Math.max(0, Bases.dot(w.data(), i * w.cols(), p.data(), j * p.cols(), w.cols()));
  }
}
