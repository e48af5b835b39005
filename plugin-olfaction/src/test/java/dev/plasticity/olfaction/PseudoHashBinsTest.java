package dev.plasticity.olfaction;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.plasticity.api.math.Matrix;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class PseudoHashBinsTest {
  @Test
  void blocksOfSummedInputGiveTheBinAndProbesReachNeighbouringBins() {
    // Blocks of 2 cells: sums (-2, 4) -> 01, (3, 1) -> 11, (-1, -1) -> 00, (1, -5) -> 10.
    Matrix pre = Matrix.wrap(new float[] {1, -3, 2, 2, 1, 2, 0, 1, -1, 0, -1, 0, 0, 1, -5, 0}, 4, 4);
    PseudoHashBins bins = new PseudoHashBins(4, 4, 2, 0);
    PseudoHashBins multi = new PseudoHashBins(4, 4, 2, 1);
    for (int r = 0; r < 4; r++) {
      bins.put(r, pre, r);
      multi.put(r, pre, r);
    }
    int[] rows = {0, 1, 2, 3};
    bins.encode(rows, 4);
    multi.encode(rows, 4);
    int[] out = new int[4];
    assertEquals(1, bins.probe(0, rows, 4, out), "radius 0: only its own bin");
    assertEquals(0, out[0]);
    int n = multi.probe(0, rows, 4, out);
    // Row 0 is 01: one bit from 11 (row 1) and 00 (row 2), two from 10 (row 3).
    assertArrayEquals(new int[] {0, 1, 2}, Arrays.copyOf(out, n));
  }

  @Test
  void cellsMustSplitIntoAtMost64Blocks() {
    assertThrows(IllegalArgumentException.class, () -> new PseudoHashBins(1, 10, 3, 1));
    assertThrows(IllegalArgumentException.class, () -> new PseudoHashBins(1, 130, 2, 1));
  }
}
