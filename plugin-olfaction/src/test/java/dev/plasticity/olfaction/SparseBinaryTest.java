package dev.plasticity.olfaction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plasticity.api.math.Matrix;
import dev.plasticity.testkit.Fixtures;
import org.junit.jupiter.api.Test;

class SparseBinaryTest {
  @Test
  void everyRowHasExactlySOnesAndNothingElse() {
    Matrix w = new Matrix(500, 128).fill(7f);
    new SparseBinary(12).init(w, Fixtures.rng(3));
    for (int r = 0; r < w.rows(); r++) {
      int ones = 0;
      for (int c = 0; c < w.cols(); c++) {
        float v = w.get(r, c);
        assertTrue(v == 0f || v == 1f, "row " + r + " holds " + v);
        ones += (int) v;
      }
      assertEquals(12, ones, "row " + r);
    }
  }

  @Test
  void columnsAreSampledUniformly() {
    int rows = 20_000;
    int cols = 16;
    int s = 4;
    Matrix w = new Matrix(rows, cols);
    new SparseBinary(s).init(w, Fixtures.rng(5));
    double expected = (double) rows * s / cols;
    double chi2 = 0;
    for (int c = 0; c < cols; c++) {
      double count = 0;
      for (int r = 0; r < rows; r++) {
        count += w.get(r, c);
      }
      chi2 += (count - expected) * (count - expected) / expected;
    }
    // 15 degrees of freedom: P(chi2 > 37.7) = 0.001. A biased sampler (Floyd's algorithm
    // with the wrong fallback column, say) lands far above.
    assertTrue(chi2 < 37.7, "column counts are not uniform: chi2 = " + chi2);
  }

  @Test
  void allInputsWhenSEqualsTheirNumber() {
    Matrix w = new Matrix(3, 5);
    new SparseBinary(5).init(w, Fixtures.rng(1));
    for (float v : w.data()) {
      assertEquals(1f, v);
    }
  }

  @Test
  void refusesMoreSamplesThanInputs() {
    assertThrows(IllegalArgumentException.class, () -> new SparseBinary(6).init(new Matrix(2, 5), Fixtures.rng(1)));
  }
}
