package dev.plasticity.lsh;

import dev.plasticity.api.math.Linalg;
import dev.plasticity.api.math.Matrix;

/** The exact top-T inner products of every query among the items: the ground truth of MIPS. */
final class ExactTop {
  private ExactTop() {}

  /** Row q holds the ids of query q's T largest inner products, largest first (ties: lower id). */
  static int[][] of(Matrix queries, Matrix items, int t) {
    Matrix ip = new Matrix(queries.rows(), items.rows());
    Linalg.gemm(false, true, 1f, queries, items, 0f, ip);
    int n = items.rows();
    int top = Math.min(t, n);
    int[][] out = new int[queries.rows()][top];
    float[] v = ip.data();
    for (int q = 0; q < queries.rows(); q++) {
      int[] best = out[q];
      int size = 0;
      for (int j = 0; j < n; j++) { // insertion into a sorted list of at most T: T is small
        float x = v[q * n + j];
        if (size == top && x <= v[q * n + best[top - 1]]) {
          continue;
        }
        int k = size < top ? size++ : top - 1;
        while (k > 0 && v[q * n + best[k - 1]] < x) {
          best[k] = best[k - 1];
          k--;
        }
        best[k] = j;
      }
    }
    return out;
  }
}
