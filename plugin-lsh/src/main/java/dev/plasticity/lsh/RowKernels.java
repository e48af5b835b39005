package dev.plasticity.lsh;

import dev.ludovic.netlib.blas.BLAS;

/**
 * Dot products and axpy over single weight rows at an offset, through the BLAS that
 * sim-api exposes (its vector-API implementation on this JDK): about 6× faster than an
 * unrolled Java loop for rows of 784, and the sparse layer does thousands per batch.
 */
final class RowKernels {
  private static final BLAS BLAS_IMPL = BLAS.getInstance();

  private RowKernels() {}

  /** Σ a[ao + i]·b[bo + i] over {@code len} values. */
  static float dot(int len, float[] a, int ao, float[] b, int bo) {
    return BLAS_IMPL.sdot(len, a, ao, 1, b, bo, 1);
  }

  /** y[yo + i] += alpha·x[xo + i] over {@code len} values. */
  static void axpy(int len, float alpha, float[] x, int xo, float[] y, int yo) {
    BLAS_IMPL.saxpy(len, alpha, x, xo, 1, y, yo, 1);
  }
}
