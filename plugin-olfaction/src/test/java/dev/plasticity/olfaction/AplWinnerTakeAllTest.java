package dev.plasticity.olfaction;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.plasticity.api.math.Matrix;
import dev.plasticity.api.math.Rng;
import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class AplWinnerTakeAllTest {
  private static float[] apply(AplWinnerTakeAll f, float... row) {
    Matrix a = Matrix.row(row);
    Matrix h = new Matrix(1, row.length);
    f.apply(a, h);
    return h.data();
  }

  @Test
  void quantisesThenKeepsTheTopK() {
    assertArrayEquals(new float[] {0, 3, 0, 0, 4}, apply(new AplWinnerTakeAll(2, 10), 5, 31, 29, 12, 40));
  }

  @Test
  void tiesGoToTheLowerIndex() {
    assertArrayEquals(new float[] {0, 2, 2, 0, 0}, apply(new AplWinnerTakeAll(2, 10), 3, 25, 21, 20, 1));
  }

  @Test
  void keepsEverythingWhenKCoversAllCells() {
    assertArrayEquals(new float[] {-1, 0, 3}, apply(new AplWinnerTakeAll(5, 10), -4, 9, 30));
  }

  @Test
  void matchesASortingReferenceOnRandomRates() {
    Rng rng = new Rng(9);
    int rows = 50;
    int m = 200;
    Matrix a = new Matrix(rows, m);
    for (int i = 0; i < a.size(); i++) {
      a.data()[i] = (float) (100 * rng.nextGaussian());
    }
    for (int k : new int[] {1, 2, 7, 32, 199}) {
      Matrix h = new Matrix(rows, m);
      new AplWinnerTakeAll(k, 10).apply(a, h);
      for (int r = 0; r < rows; r++) {
        float[] q = new float[m];
        for (int j = 0; j < m; j++) {
          q[j] = (float) Math.floor(a.get(r, j) / 10.0);
        }
        int[] order = IntStream.range(0, m).boxed()
            .sorted(Comparator.<Integer>comparingDouble(j -> -q[j]).thenComparing(j -> j))
            .mapToInt(Integer::intValue).toArray();
        float[] expected = new float[m];
        for (int i = 0; i < k; i++) {
          expected[order[i]] = q[order[i]];
        }
        assertArrayEquals(expected, Arrays.copyOfRange(h.data(), r * m, (r + 1) * m), "k=" + k + " row " + r);
      }
    }
  }

  @Test
  void tagsMarkExactlyKWinnersEvenWhenTheirRateQuantisesToZero() {
    assertArrayEquals(new float[] {0, 1, 1, 0, 0}, apply(new AplWinnerTakeAll(2, 10, true), -5, 9, 8, -20, -1));
    Rng rng = new Rng(4);
    Matrix a = new Matrix(30, 50);
    for (int i = 0; i < a.size(); i++) {
      a.data()[i] = rng.nextInt(40);
    }
    Matrix h = new Matrix(30, 50);
    new AplWinnerTakeAll(5, 10, true).apply(a, h);
    for (int r = 0; r < 30; r++) {
      float ones = 0;
      for (int c = 0; c < 50; c++) {
        ones += h.get(r, c);
      }
      assertEquals(5f, ones, "row " + r);
    }
  }

  @Test
  void quantisedRatesPassNoError() {
    Matrix a = Matrix.row(5, 31, 29);
    Matrix h = new Matrix(1, 3);
    AplWinnerTakeAll f = new AplWinnerTakeAll(2, 10);
    f.apply(a, h);
    Matrix delta = Matrix.row(1, 1, 1);
    f.backprop(a, h, delta);
    assertArrayEquals(new float[] {0, 0, 0}, delta.data());
    AplWinnerTakeAll raw = new AplWinnerTakeAll(2, 0);
    raw.apply(a, h);
    delta.fill(1f);
    raw.backprop(a, h, delta);
    assertArrayEquals(new float[] {0, 1, 1}, delta.data());
    assertEquals(0f, h.get(0, 0));
  }
}
