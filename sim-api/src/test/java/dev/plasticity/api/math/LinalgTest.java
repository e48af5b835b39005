package dev.plasticity.api.math;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** The row-major gemm against a plain triple loop in double, for every transposition. */
class LinalgTest {
  private static Matrix random(int r, int c, long seed) {
    Rng rng = new Rng(seed);
    Matrix m = new Matrix(r, c);
    for (int i = 0; i < m.size(); i++) {
      m.data()[i] = (float) rng.nextGaussian();
    }
    return m;
  }

  private static float op(Matrix m, boolean t, int i, int j) {
    return t ? m.get(j, i) : m.get(i, j);
  }

  @Test
  void gemmMatchesNaiveProductForAllTranspositions() {
    int m = 7;
    int n = 5;
    int k = 9;
    for (boolean ta : new boolean[] {false, true}) {
      for (boolean tb : new boolean[] {false, true}) {
        Matrix a = ta ? random(k, m, 1) : random(m, k, 1);
        Matrix b = tb ? random(n, k, 2) : random(k, n, 2);
        Matrix c = random(m, n, 3);
        Matrix c0 = c.copy();
        Linalg.gemm(ta, tb, 0.5f, a, b, 2f, c);
        for (int i = 0; i < m; i++) {
          for (int j = 0; j < n; j++) {
            double s = 0;
            for (int x = 0; x < k; x++) {
              s += (double) op(a, ta, i, x) * op(b, tb, x, j);
            }
            assertEquals(0.5 * s + 2 * c0.get(i, j), c.get(i, j), 1e-4, "ta=" + ta + " tb=" + tb);
          }
        }
      }
    }
  }

  @Test
  void gemmRejectsMismatchedShapes() {
    assertThrows(IllegalArgumentException.class,
        () -> Linalg.mul(new Matrix(2, 3), new Matrix(4, 2), new Matrix(2, 2)));
  }

  @Test
  void gemmUsesOnlyTheRowsInUse() {
    Matrix a = random(4, 3, 5).useRows(2);
    Matrix b = random(3, 2, 6);
    Matrix c = new Matrix(4, 2).fill(7f).useRows(2);
    Linalg.mul(a, b, c);
    c.useRows(4);
    assertEquals(7f, c.get(3, 1), "rows beyond the ones in use are untouched");
  }
}
