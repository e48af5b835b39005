package dev.plasticity.api.math;

import dev.ludovic.netlib.blas.BLAS;

/**
 * Matrix products through a BLAS library (dev.ludovic.netlib: native OpenBLAS where
 * installed, the JDK vector API otherwise, pure Java last).
 *
 * <p>BLAS is column-major; a row-major matrix is the column-major view of its transpose,
 * so a row-major product C = op(A)·op(B) is computed as the column-major Cᵀ = op(B)ᵀ·op(A)ᵀ.
 */
public final class Linalg {
  private static final BLAS BLAS_IMPL = BLAS.getInstance();

  private Linalg() {}

  /** The name of the BLAS implementation in use, for provenance. */
  public static String implementation() {
    return BLAS_IMPL.getClass().getName();
  }

  /**
   * C ← alpha · op(A) · op(B) + beta · C, all row-major; op transposes when the flag is
   * set. C must already have the rows and columns of the product.
   */
  public static void gemm(
      boolean transA, boolean transB, float alpha, Matrix a, Matrix b, float beta, Matrix c) {
    int m = transA ? a.cols() : a.rows();
    int k = transA ? a.rows() : a.cols();
    int kb = transB ? b.cols() : b.rows();
    int n = transB ? b.rows() : b.cols();
    if (k != kb || c.rows() != m || c.cols() != n) {
      throw new IllegalArgumentException(
          "gemm shapes: op(A)=" + m + "x" + k + " op(B)=" + kb + "x" + n + " C=" + c.shape());
    }
    if (m == 0 || n == 0) {
      return;
    }
    if (k == 0) {
      Ops.scale(beta, c);
      return;
    }
    BLAS_IMPL.sgemm(
        transB ? "T" : "N",
        transA ? "T" : "N",
        n,
        m,
        k,
        alpha,
        b.data(),
        0,
        Math.max(1, b.cols()),
        a.data(),
        0,
        Math.max(1, a.cols()),
        beta,
        c.data(),
        0,
        Math.max(1, c.cols()));
  }

  /** C ← A · B. */
  public static void mul(Matrix a, Matrix b, Matrix c) {
    gemm(false, false, 1f, a, b, 0f, c);
  }

  /** Floating-point operations of a gemm of these sizes, for throughput reports. */
  public static long gemmFlops(long m, long n, long k) {
    return 2L * m * n * k;
  }
}
