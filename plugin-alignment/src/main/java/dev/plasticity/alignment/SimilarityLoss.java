package dev.plasticity.alignment;

import dev.plasticity.api.math.Linalg;
import dev.plasticity.api.math.Matrix;

/**
 * Nøkland & Eidnes' (2019) similarity matching: S(X) = clamp(Xn Xnᵀ, −1, 1) with Xn the
 * row-centred, row-normalised X (ε = 1e-8), and L_sim = mean over the n × n entries of
 * (S(R) − T)², T the target similarity. Buffers are allocated once for up to
 * {@code capacity} rows of {@code cols} columns.
 */
final class SimilarityLoss {
  static final double EPS = 1e-8;

  private final Matrix xc;
  private final Matrix xn;
  private final SquareViews s;
  private final SquareViews ds;
  private final Matrix dxn;
  private final double[] norms;

  SimilarityLoss(int capacity, int cols) {
    xc = new Matrix(capacity, cols);
    xn = new Matrix(capacity, cols);
    s = new SquareViews(capacity);
    ds = new SquareViews(capacity);
    dxn = new Matrix(capacity, cols);
    norms = new double[capacity];
  }

  /** out (n × n) ← S(x). */
  void similarity(Matrix x, Matrix out) {
    normalise(x);
    Linalg.gemm(false, true, 1f, xn, xn, 0f, out);
    float[] d = out.data();
    for (int i = 0, m = out.size(); i < m; i++) {
      d[i] = Math.max(-1f, Math.min(1f, d[i]));
    }
  }

  /**
   * L_sim(r) against the target similarity {@code target} (n × n), with dL/dr written
   * into {@code grad} (n × cols, scaled by {@code scale}); returns the loss (unscaled).
   */
  double evaluate(Matrix r, Matrix target, float scale, Matrix grad) {
    int n = r.rows();
    int cols = r.cols();
    normalise(r);
    Matrix sn = s.of(n);
    Matrix dsn = ds.of(n);
    Linalg.gemm(false, true, 1f, xn, xn, 0f, sn);
    float[] sd = sn.data();
    float[] td = target.data();
    float[] dd = dsn.data();
    double loss = 0;
    float k = 2f * scale / ((float) n * n);
    for (int i = 0, m = n * n; i < m; i++) {
      float v = sd[i];
      float c = Math.max(-1f, Math.min(1f, v));
      float diff = c - td[i];
      loss += (double) diff * diff;
      // clamp passes the gradient on its closed range, as torch.clamp does
      dd[i] = v >= -1f && v <= 1f ? k * diff : 0f;
    }
    dxn.useRows(n);
    Linalg.gemm(false, false, 1f, dsn, xn, 0f, dxn);
    Linalg.gemm(true, false, 1f, dsn, xn, 1f, dxn);
    grad.useRows(n);
    float[] c = xc.data();
    float[] g = dxn.data();
    float[] out = grad.data();
    for (int i = 0; i < n; i++) {
      int off = i * cols;
      double q = norms[i];
      double den = EPS + q;
      double dot = 0;
      for (int j = 0; j < cols; j++) {
        dot += (double) g[off + j] * c[off + j];
      }
      double coef = q > 0 ? dot / (den * den * q) : 0;
      double mean = 0;
      for (int j = 0; j < cols; j++) {
        double v = g[off + j] / den - c[off + j] * coef;
        out[off + j] = (float) v;
        mean += v;
      }
      float m = (float) (mean / cols);
      for (int j = 0; j < cols; j++) {
        out[off + j] -= m;
      }
    }
    return loss / ((double) n * n);
  }

  /**
   * n × n matrices over one buffer, for every batch size n up to the capacity: a view is
   * made the first time a size occurs (the full and the last partial batch, in practice).
   */
  static final class SquareViews {
    private final float[] data;
    private final Matrix[] views;

    SquareViews(int capacity) {
      data = new float[capacity * capacity];
      views = new Matrix[capacity + 1];
    }

    Matrix of(int n) {
      if (views[n] == null) {
        views[n] = Matrix.wrap(data, n, n);
      }
      return views[n];
    }
  }

  /** xc ← rows of x minus their means; xn ← xc / (ε + ‖xc‖) row by row. */
  private void normalise(Matrix x) {
    int n = x.rows();
    int cols = x.cols();
    xc.useRows(n);
    xn.useRows(n);
    float[] xd = x.data();
    float[] c = xc.data();
    float[] o = xn.data();
    for (int i = 0; i < n; i++) {
      int off = i * cols;
      double mean = 0;
      for (int j = 0; j < cols; j++) {
        mean += xd[off + j];
      }
      mean /= cols;
      double sq = 0;
      for (int j = 0; j < cols; j++) {
        float v = (float) (xd[off + j] - mean);
        c[off + j] = v;
        sq += (double) v * v;
      }
      norms[i] = Math.sqrt(sq);
      float inv = (float) (1.0 / (EPS + norms[i]));
      for (int j = 0; j < cols; j++) {
        o[off + j] = c[off + j] * inv;
      }
    }
  }
}
