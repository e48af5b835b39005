package dev.plasticity.hebbian;

import dev.plasticity.api.math.Linalg;
import dev.plasticity.api.math.Matrix;

/**
 * The arithmetic of {@link LinskerDevelopment}: one Euler step of the development equation per
 * call, for B (where Q_A = I, so (Q c)_i is the sum of the weights that share synapse i's site)
 * or for C (a dense N × N Q per cell, from Q_B). Q_B and C's per-cell Q are derived from B's
 * final weights the first time C steps, also after a resume: they are not state of their own.
 */
final class LinskerLayers {
  private final LinskerDevelopment cfg;
  private final Arbors b;
  private final Arbors c;
  private final float[] wb;
  private final float[] wc;
  private final int n;
  private final float[] siteSum;
  private final Matrix[] cellQ; // per C cell, N × N: Q_B between its synapses' sites
  private final Matrix weights; // one C cell's weights, N × 1
  private final Matrix drive; // Q c for one C cell, N × 1
  private boolean qReady;

  LinskerLayers(LinskerDevelopment cfg, Arbors b, Arbors c, float[] wb, float[] wc) {
    this.cfg = cfg;
    this.b = b;
    this.c = c;
    this.wb = wb;
    this.wc = wc;
    this.n = b.synapses;
    this.siteSum = new float[cfg.side() * cfg.side()];
    this.cellQ = new Matrix[c.cells];
    for (int i = 0; i < c.cells; i++) {
      cellQ[i] = new Matrix(n, n);
    }
    this.weights = new Matrix(n, 1);
    this.drive = new Matrix(n, 1);
  }

  /** One step of every B cell: Q_A = I, so Σ_j Q_ij c_j is the weight sum at synapse i's site. */
  void stepB() {
    float bound = (float) cfg.bound();
    for (int cell = 0; cell < b.cells; cell++) {
      int from = cell * n;
      double total = 0;
      for (int s = from; s < from + n; s++) {
        siteSum[b.site[s]] += wb[s];
        total += wb[s];
      }
      double common = cfg.k1B() + cfg.k2B() * total / n;
      for (int s = from; s < from + n; s++) {
        double dc = common + siteSum[b.site[s]] / (double) n;
        wb[s] = clip(wb[s] + (float) (cfg.lr() * dc), bound);
      }
      for (int s = from; s < from + n; s++) {
        siteSum[b.site[s]] = 0;
      }
    }
  }

  /** One step of every C cell: c += η (k1 + (1/N) Σ_j (Q_ij + k2) c_j), clipped. */
  void stepC() {
    if (!qReady) {
      buildQ();
      qReady = true;
    }
    float bound = (float) cfg.bound();
    for (int cell = 0; cell < c.cells; cell++) {
      int from = cell * n;
      System.arraycopy(wc, from, weights.data(), 0, n);
      Linalg.gemm(false, false, 1f, cellQ[cell], weights, 0f, drive);
      double total = 0;
      for (int s = 0; s < n; s++) {
        total += weights.data()[s];
      }
      double common = cfg.k1C() + cfg.k2C() * total / n;
      for (int s = 0; s < n; s++) {
        double dc = common + drive.data()[s] / n;
        wc[from + s] = clip(wc[from + s] + (float) (cfg.lr() * dc), bound);
      }
    }
  }

  /**
   * Q_B = C_B C_Bᵀ, C_B[b][a] the summed weight of B cell b on A site a (A's inputs independent
   * with unit variance), normalised so that its mean diagonal Q_B(0) is 1; then each C cell's Q
   * between its synapses' sites (B has one cell per site). Runs once, at C's first step.
   */
  private void buildQ() {
    int sites = cfg.side() * cfg.side();
    Matrix cb = new Matrix(b.cells, sites);
    float[] cbd = cb.data();
    for (int cell = 0; cell < b.cells; cell++) {
      for (int s = cell * n; s < (cell + 1) * n; s++) {
        cbd[cell * sites + b.site[s]] += wb[s];
      }
    }
    Matrix qb = new Matrix(b.cells, b.cells);
    Linalg.gemm(false, true, 1f, cb, cb, 0f, qb);
    double diagonal = 0;
    for (int i = 0; i < b.cells; i++) {
      diagonal += qb.get(i, i) / b.cells;
    }
    float scale = (float) (1 / diagonal);
    for (int cell = 0; cell < c.cells; cell++) {
      float[] q = cellQ[cell].data();
      int from = cell * n;
      for (int i = 0; i < n; i++) {
        for (int j = 0; j < n; j++) {
          q[i * n + j] = scale * qb.get(c.site[from + i], c.site[from + j]);
        }
      }
    }
  }

  double saturatedShareB() {
    int at = 0;
    for (float w : wb) {
      at += w >= cfg.bound() - 1e-6 ? 1 : 0;
    }
    return at / (double) wb.length;
  }

  private static float clip(float v, float bound) {
    return Math.max(-bound, Math.min(bound, v));
  }
}
