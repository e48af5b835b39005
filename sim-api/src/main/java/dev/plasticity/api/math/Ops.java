package dev.plasticity.api.math;

/**
 * Element-wise and reduction kernels on matrices. None allocates; reductions accumulate in
 * {@code double} as DESIGN.md asks of metrics and accumulators.
 */
public final class Ops {
  private Ops() {}

  /** x ← a · x. */
  public static void scale(float a, Matrix x) {
    float[] d = x.data();
    int n = x.size();
    for (int i = 0; i < n; i++) {
      d[i] *= a;
    }
  }

  /** y ← a · x + y. */
  public static void axpy(float a, Matrix x, Matrix y) {
    requireSameSize(x, y);
    float[] xd = x.data();
    float[] yd = y.data();
    int n = x.size();
    for (int i = 0; i < n; i++) {
      yd[i] += a * xd[i];
    }
  }

  /** y ← y ⊙ x. */
  public static void hadamard(Matrix x, Matrix y) {
    requireSameSize(x, y);
    float[] xd = x.data();
    float[] yd = y.data();
    int n = x.size();
    for (int i = 0; i < n; i++) {
      yd[i] *= xd[i];
    }
  }

  /** Adds the row vector {@code bias} (1 × cols) to every row of {@code x}. */
  public static void addRowVector(Matrix bias, Matrix x) {
    if (bias.size() != x.cols()) {
      throw new IllegalArgumentException("bias " + bias.shape() + " for " + x.shape());
    }
    float[] b = bias.data();
    float[] d = x.data();
    int cols = x.cols();
    for (int i = 0, rows = x.rows(); i < rows; i++) {
      int off = i * cols;
      for (int j = 0; j < cols; j++) {
        d[off + j] += b[j];
      }
    }
  }

  /** out (1 × cols) ← beta · out + Σ over rows of x. */
  public static void sumRows(Matrix x, float beta, Matrix out) {
    if (out.size() != x.cols()) {
      throw new IllegalArgumentException("sum of " + x.shape() + " into " + out.shape());
    }
    float[] o = out.data();
    float[] d = x.data();
    int cols = x.cols();
    for (int j = 0; j < cols; j++) {
      o[j] *= beta;
    }
    for (int i = 0, rows = x.rows(); i < rows; i++) {
      int off = i * cols;
      for (int j = 0; j < cols; j++) {
        o[j] += d[off + j];
      }
    }
  }

  /** Σ x·y in double. */
  public static double dot(Matrix x, Matrix y) {
    requireSameSize(x, y);
    float[] xd = x.data();
    float[] yd = y.data();
    double s = 0;
    for (int i = 0, n = x.size(); i < n; i++) {
      s += (double) xd[i] * yd[i];
    }
    return s;
  }

  /** Frobenius norm in double. */
  public static double norm(Matrix x) {
    return Math.sqrt(dot(x, x));
  }

  /** The angle in degrees between vec(x) and vec(y); NaN when either is zero. */
  public static double angleDegrees(Matrix x, Matrix y) {
    double nx = norm(x);
    double ny = norm(y);
    if (nx == 0 || ny == 0) {
      return Double.NaN;
    }
    double c = dot(x, y) / (nx * ny);
    return Math.toDegrees(Math.acos(Math.max(-1, Math.min(1, c))));
  }

  /** Index of the largest value of row {@code i} (first one on ties). */
  public static int argmaxRow(Matrix x, int i) {
    float[] d = x.data();
    int cols = x.cols();
    int off = i * cols;
    int best = 0;
    float bv = d[off];
    for (int j = 1; j < cols; j++) {
      if (d[off + j] > bv) {
        bv = d[off + j];
        best = j;
      }
    }
    return best;
  }

  /** Whether every value in use is finite. */
  public static boolean allFinite(Matrix x) {
    float[] d = x.data();
    for (int i = 0, n = x.size(); i < n; i++) {
      if (!Float.isFinite(d[i])) {
        return false;
      }
    }
    return true;
  }

  private static void requireSameSize(Matrix x, Matrix y) {
    if (x.size() != y.size()) {
      throw new IllegalArgumentException("sizes differ: " + x.shape() + " vs " + y.shape());
    }
  }
}
