package dev.plasticity.hebbian;

/**
 * Eigenvalues and eigenvectors of a small symmetric matrix by cyclic Jacobi rotations, in
 * double, with buffers made once: the symmetric orthogonalisation of a rule's weights runs it
 * every tick. Sizes here are the number of units (a handful), where Jacobi is exact to rounding.
 */
final class SymmetricEigen {
  private final int n;
  private final double[] a;
  private final double[] scaled;
  /** Eigenvalues after {@link #decompose}, unordered. */
  final double[] values;
  /** Eigenvectors after {@link #decompose}: column j (entries j, n + j, ...) belongs to values[j]. */
  final double[] vectors;

  SymmetricEigen(int n) {
    this.n = n;
    this.a = new double[n * n];
    this.scaled = new double[n];
    this.values = new double[n];
    this.vectors = new double[n * n];
  }

  /** Decomposes the row-major symmetric matrix {@code m} (n × n); m is not changed. */
  void decompose(double[] m) {
    System.arraycopy(m, 0, a, 0, n * n);
    java.util.Arrays.fill(vectors, 0);
    for (int i = 0; i < n; i++) {
      vectors[i * n + i] = 1;
    }
    for (int sweep = 0; sweep < 60; sweep++) {
      double off = 0;
      for (int p = 0; p < n; p++) {
        for (int q = p + 1; q < n; q++) {
          off += a[p * n + q] * a[p * n + q];
        }
      }
      if (off < 1e-30) {
        break;
      }
      for (int p = 0; p < n; p++) {
        for (int q = p + 1; q < n; q++) {
          rotate(p, q);
        }
      }
    }
    for (int i = 0; i < n; i++) {
      values[i] = a[i * n + i];
    }
  }

  /** Zeroes a[p][q] by a rotation in the (p, q) plane, applied to a and to the vectors. */
  private void rotate(int p, int q) {
    double apq = a[p * n + q];
    if (Math.abs(apq) < 1e-300) {
      return;
    }
    double theta = (a[q * n + q] - a[p * n + p]) / (2 * apq);
    double t = Math.signum(theta) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
    if (theta == 0) {
      t = 1;
    }
    double c = 1 / Math.sqrt(t * t + 1);
    double s = t * c;
    for (int k = 0; k < n; k++) {
      double akp = a[k * n + p];
      double akq = a[k * n + q];
      a[k * n + p] = c * akp - s * akq;
      a[k * n + q] = s * akp + c * akq;
    }
    for (int k = 0; k < n; k++) {
      double apk = a[p * n + k];
      double aqk = a[q * n + k];
      a[p * n + k] = c * apk - s * aqk;
      a[q * n + k] = s * apk + c * aqk;
    }
    for (int k = 0; k < n; k++) {
      double vkp = vectors[k * n + p];
      double vkq = vectors[k * n + q];
      vectors[k * n + p] = c * vkp - s * vkq;
      vectors[k * n + q] = s * vkp + c * vkq;
    }
  }

  /**
   * out = f(M) for the last decomposed M: V diag(f(λ)) Vᵀ with f(λ) = λ^power (power −1/2
   * gives the inverse square root that symmetric orthogonalisation needs).
   */
  void power(double power, double[] out) {
    for (int k = 0; k < n; k++) {
      scaled[k] = Math.pow(Math.max(values[k], 1e-300), power);
    }
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        double s = 0;
        for (int k = 0; k < n; k++) {
          s += vectors[i * n + k] * scaled[k] * vectors[j * n + k];
        }
        out[i * n + j] = s;
      }
    }
  }
}
