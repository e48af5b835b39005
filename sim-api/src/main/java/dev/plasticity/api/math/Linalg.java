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
    gemm(transA, transB, m, n, k, alpha, a.data(), 0, Math.max(1, a.cols()), b.data(), 0,
        Math.max(1, b.cols()), beta, c.data(), 0, Math.max(1, c.cols()));
  }

  /**
   * C ← alpha · op(A) · op(B) + beta · C on row-major blocks inside larger arrays: C is
   * m × n starting at {@code cOff} with row stride {@code ldc}, op(A) m × k, op(B) k × n
   * (A stored k × m when transposed, likewise B), each at its offset with its row stride.
   * Convolutions multiply one sample's rows of a batch this way, without copying them out.
   */
  public static void gemm(boolean transA, boolean transB, int m, int n, int k, float alpha,
      float[] a, int aOff, int lda, float[] b, int bOff, int ldb, float beta,
      float[] c, int cOff, int ldc) {
    if (m == 0 || n == 0 || k == 0) {
      if (m > 0 && n > 0 && beta != 1f) {
        for (int i = 0; i < m; i++) {
          for (int j = 0; j < n; j++) {
            c[cOff + i * ldc + j] *= beta;
          }
        }
      }
      return;
    }
    checkBlock(a, aOff, transA ? k : m, transA ? m : k, lda, "A");
    checkBlock(b, bOff, transB ? n : k, transB ? k : n, ldb, "B");
    checkBlock(c, cOff, m, n, ldc, "C");
    // Row-major C = op(A)·op(B) is column-major Cᵀ = op(B)ᵀ·op(A)ᵀ: swap the operands.
    BLAS_IMPL.sgemm(transB ? "T" : "N", transA ? "T" : "N", n, m, k, alpha, b, bOff, ldb, a,
        aOff, lda, beta, c, cOff, ldc);
  }

  /** A native BLAS does not check bounds: refuse a block that would run off its array. */
  private static void checkBlock(float[] x, int off, int rows, int cols, int ld, String name) {
    if (off < 0 || ld < cols || (long) off + (long) (rows - 1) * ld + cols > x.length) {
      throw new IllegalArgumentException("gemm " + name + ": " + rows + "x" + cols + " block at "
          + off + " with row stride " + ld + " does not fit an array of " + x.length);
    }
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
