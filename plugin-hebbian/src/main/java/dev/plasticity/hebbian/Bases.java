package dev.plasticity.hebbian;

import dev.plasticity.api.math.Matrix;
import dev.plasticity.api.math.Rng;

/** Small dense helpers the inputs and metrics share: random orthonormal rows, row norms. */
final class Bases {
  private Bases() {}

  /** A rows × cols matrix (rows ≤ cols) of orthonormal rows, Gaussian then Gram–Schmidt: Haar-distributed. */
  static Matrix randomOrthonormal(int rows, int cols, Rng rng) {
    Matrix q = new Matrix(rows, cols);
    float[] d = q.data();
    for (int i = 0; i < d.length; i++) {
      d[i] = (float) rng.nextGaussian();
    }
    orthonormaliseRows(q.data(), rows, cols);
    return q;
  }

  /** Modified Gram–Schmidt over the rows of a row-major rows × cols array, in double. */
  static void orthonormaliseRows(float[] v, int rows, int cols) {
    for (int i = 0; i < rows; i++) {
      for (int k = 0; k < i; k++) {
        double dot = dot(v, i * cols, v, k * cols, cols);
        for (int j = 0; j < cols; j++) {
          v[i * cols + j] -= (float) (dot * v[k * cols + j]);
        }
      }
      double norm = Math.sqrt(dot(v, i * cols, v, i * cols, cols));
      for (int j = 0; j < cols; j++) {
        v[i * cols + j] = (float) (v[i * cols + j] / norm);
      }
    }
  }

  static double dot(float[] a, int from, float[] b, int bFrom, int n) {
    double s = 0;
    for (int j = 0; j < n; j++) {
      s += (double) a[from + j] * b[bFrom + j];
    }
    return s;
  }

  /** The Euclidean norm of row i of m. */
  static double rowNorm(Matrix m, int i) {
    return Math.sqrt(dot(m.data(), i * m.cols(), m.data(), i * m.cols(), m.cols()));
  }

  /** Small uniform weights in [−scale, scale]: the rules' starting point. */
  static void uniform(Matrix m, double scale, Rng rng) {
    float[] d = m.data();
    for (int i = 0; i < d.length; i++) {
      d[i] = (float) (scale * (2 * rng.nextDouble() - 1));
    }
  }
}
