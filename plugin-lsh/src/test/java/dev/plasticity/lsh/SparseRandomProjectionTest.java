package dev.plasticity.lsh;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.plasticity.api.math.Matrix;
import dev.plasticity.testkit.Fixtures;
import org.junit.jupiter.api.Test;

/** Hashing a batch (in transposed blocks) gives each row the codes and margins it gets alone. */
class SparseRandomProjectionTest {
  @Test
  void aBatchHashesAsItsRowsDoOneByOne() {
    int dim = 37;
    int count = 23;
    int rows = 150; // more than two blocks, the last one partial
    Hasher h = new SparseRandomProjection(0.2).draw(dim, count, Fixtures.rng(7));
    Matrix x = Fixtures.gaussian(rows, dim, 1, 8);
    int[] codes = new int[rows * count];
    int[] alt = new int[rows * count];
    float[] margins = new float[rows * count];
    h.hash(x, codes, alt, margins);
    int ones = 0;
    for (int r = 0; r < rows; r++) {
      Matrix one = new Matrix(1, dim);
      System.arraycopy(x.data(), r * dim, one.data(), 0, dim);
      int[] c = new int[count];
      float[] m = new float[count];
      h.hash(one, c, new int[count], m);
      for (int j = 0; j < count; j++) {
        assertEquals(c[j], codes[r * count + j], "row " + r + " bit " + j);
        assertEquals(1 - c[j], alt[r * count + j]);
        ones += c[j];
      }
      assertArrayEquals(m, java.util.Arrays.copyOfRange(margins, r * count, (r + 1) * count), 0f);
    }
    // Sign bits of symmetric projections of Gaussian data: about half are 1.
    assertEquals(0.5, ones / (double) (rows * count), 0.05);
  }
}
