package dev.plasticity.olfaction;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.plasticity.api.math.Matrix;
import org.junit.jupiter.api.Test;

class PnPreprocessingTest {
  @Test
  void meanRateShiftsColumnsScalesRowsAndTruncates() {
    Matrix odours = Matrix.wrap(new float[] {-1, 2, 0, 1, 4, 3}, 2, 3);
    float[] offsets = new float[3];
    MeanRate pn = new MeanRate(100, true);
    pn.fit(odours, offsets);
    // |min| per column, added even where the minimum is positive (the authors' script).
    assertArrayEquals(new float[] {1, 2, 0}, offsets);
    pn.apply(odours, offsets);
    // Row 0 becomes (0, 4, 0): mean 4/3, scale 75 -> (0, 300, 0).
    // Row 1 becomes (2, 6, 3): mean 11/3, scale 300/11 -> (54.5.., 163.6.., 81.8..) truncated.
    assertArrayEquals(new float[] {0, 300, 0, 54, 163, 81}, odours.data());
  }

  @Test
  void aSilentOdourStaysSilent() {
    Matrix odours = new Matrix(1, 4);
    new MeanRate(100, true).apply(odours, new float[4]);
    assertArrayEquals(new float[4], odours.data());
  }

  @Test
  void centringGivesEveryOdourMeanZero() {
    Matrix odours = Matrix.wrap(new float[] {1, 2, 6, 10, 10, 10}, 2, 3);
    new RowCentre().apply(odours, new float[3]);
    assertArrayEquals(new float[] {-2, -1, 3, 0, 0, 0}, odours.data());
  }

  @Test
  void rawLeavesTheOdourAlone() {
    Matrix odours = Matrix.row(3, -2, 7);
    float[] offsets = new float[3];
    RawRates pn = new RawRates();
    pn.fit(odours, offsets);
    pn.apply(odours, offsets);
    assertArrayEquals(new float[] {3, -2, 7}, odours.data());
    assertEquals(0f, offsets[0]);
  }
}
