package dev.plasticity.olfaction;

import dev.plasticity.api.math.Matrix;

/**
 * DenseFly's low-dimensional pseudo-hash for binning (Sharma &amp; Navlakha 2018, as we read
 * it): the m Kenyon cells are cut into blocks of {@code block} consecutive cells, and bit j
 * says whether block j's summed input is positive. A query ranks only the odours whose
 * pseudo-hash lies within {@code radius} bits of its own (multi-probe: radius 1 also
 * visits the bins one bit away), so the high-dimensional hash is compared with a fraction
 * of the database. The bits are kept in a {@link RowStore} so a checkpoint carries them.
 */
final class PseudoHashBins {
  private final int block;
  private final int radius;
  private final RowStore bits;
  private final Matrix scratch;
  private final long[] code;

  PseudoHashBins(int rows, int cells, int block, int radius) {
    int blocks = cells / block;
    if (blocks < 1 || blocks > 64 || cells % block != 0) {
      throw new IllegalArgumentException("pseudo-hash: " + cells + " cells do not split into 1 to 64 blocks of "
          + block);
    }
    this.block = block;
    this.radius = radius;
    this.bits = new RowStore(rows, blocks, blocks);
    this.scratch = new Matrix(1, blocks);
    this.code = new long[rows];
  }

  RowStore store() {
    return bits;
  }

  /** Files the pseudo-hash of row {@code r} of the cells' summed input {@code pre}. */
  void put(int row, Matrix pre, int r) {
    float[] a = pre.data();
    float[] b = scratch.data();
    int off = r * pre.cols();
    for (int j = 0; j < b.length; j++) {
      double sum = 0;
      for (int i = j * block; i < (j + 1) * block; i++) {
        sum += a[off + i];
      }
      b[j] = sum > 0 ? 1f : 0f;
    }
    bits.put(row, scratch, 0);
  }

  /** Turns the filed bits of {@code rows[0 .. n)} into codes, once per evaluation. */
  void encode(int[] rows, int n) {
    for (int p = 0; p < n; p++) {
      code[rows[p]] = bits.bits(rows[p]);
    }
  }

  /** Copies into {@code out} the candidates within the probe radius of {@code query}; returns how many. */
  int probe(int query, int[] candidates, int c, int[] out) {
    long q = code[query];
    int kept = 0;
    for (int p = 0; p < c; p++) {
      if (Long.bitCount(q ^ code[candidates[p]]) <= radius) {
        out[kept++] = candidates[p];
      }
    }
    return kept;
  }
}
