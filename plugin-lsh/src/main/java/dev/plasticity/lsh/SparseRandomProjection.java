package dev.plasticity.lsh;

import dev.plasticity.api.config.Default;
import dev.plasticity.api.config.Doc;
import dev.plasticity.api.config.Max;
import dev.plasticity.api.config.Min;
import dev.plasticity.api.math.Matrix;
import dev.plasticity.api.math.Rng;

/**
 * Sign bits of very sparse random projections (Achlioptas 2003; Li, Hastie & Church 2006):
 * each entry of a is +1 or −1 with probability density/2 each, 0 otherwise, so hashing
 * costs about density·dim signed additions per bit instead of dim multiplications.
 */
public record SparseRandomProjection(
    @Doc("fraction of non-zero entries per direction") @Default("0.1") @Min(0) @Max(1) double density)
    implements HashFamily {
  @Override
  public boolean signBits() {
    return true;
  }

  @Override
  public Hasher draw(int dim, int count, Rng rng) {
    int nnz = Math.max(1, (int) Math.round(density * dim));
    // Direction j's coordinates at index[j·nnz …]: its +1 entries first, then its −1 entries
    // from index[j·nnz + positives[j]] on, so hashing adds and subtracts without a branch.
    int[] index = new int[count * nnz];
    int[] positives = new int[count];
    int[] perm = new int[dim];
    int[] minus = new int[nnz];
    for (int j = 0; j < count; j++) {
      for (int i = 0; i < dim; i++) {
        perm[i] = i;
      }
      int plus = 0;
      int neg = 0;
      for (int i = 0; i < nnz; i++) { // partial Fisher–Yates: nnz distinct coordinates
        int s = i + rng.nextInt(dim - i);
        int t = perm[i];
        perm[i] = perm[s];
        perm[s] = t;
        if (rng.nextDouble() < 0.5) {
          minus[neg++] = perm[i];
        } else {
          index[j * nnz + plus++] = perm[i];
        }
      }
      System.arraycopy(minus, 0, index, j * nnz + plus, neg);
      positives[j] = plus;
    }
    return new Sparse(dim, count, nnz, index, positives);
  }

  /**
   * The drawn directions. A block of up to {@value #BLOCK} rows is hashed at once from its
   * transpose, so that each coordinate a direction picks adds a contiguous run of the block's
   * values (a vectorisable loop) instead of one scattered value per row; the sums are taken in
   * the same order as row by row, so the codes are the same.
   */
  private static final class Sparse implements Hasher {
    private static final int BLOCK = 64;
    private final int dim;
    private final int count;
    private final int nnz;
    private final int[] index;
    private final int[] positives;
    private float[] transposed = new float[0]; // dim × BLOCK, made on the first batch
    private final float[] plus = new float[BLOCK];
    private final float[] minus = new float[BLOCK];

    Sparse(int dim, int count, int nnz, int[] index, int[] positives) {
      this.dim = dim;
      this.count = count;
      this.nnz = nnz;
      this.index = index;
      this.positives = positives;
    }

    @Override
    public void hash(Matrix x, int[] codes, int[] alternatives, float[] margins) {
      if (transposed.length == 0) {
        transposed = new float[dim * BLOCK];
      }
      float[] v = x.data();
      for (int from = 0; from < x.rows(); from += BLOCK) {
        int b = Math.min(BLOCK, x.rows() - from);
        for (int r = 0; r < b; r++) {
          for (int c = 0, at = (from + r) * dim; c < dim; c++) {
            transposed[c * BLOCK + r] = v[at + c];
          }
        }
        for (int j = 0; j < count; j++) {
          java.util.Arrays.fill(plus, 0, b, 0f);
          java.util.Arrays.fill(minus, 0, b, 0f);
          addRuns(j * nnz, j * nnz + positives[j], b, plus);
          addRuns(j * nnz + positives[j], j * nnz + nnz, b, minus);
          for (int r = 0; r < b; r++) {
            float p = plus[r] - minus[r];
            int at = (from + r) * count + j;
            codes[at] = p >= 0 ? 1 : 0;
            if (alternatives != null) {
              alternatives[at] = p >= 0 ? 0 : 1;
            }
            if (margins != null) {
              margins[at] = Math.abs(p);
            }
          }
        }
      }
    }

    @Override
    public int dim() {
      return dim;
    }

    @Override
    public int count() {
      return count;
    }

    /**
     * Adds to {@code sums} the block's runs of the coordinates index[from … to), four at a time
     * (one pass over the sums per four runs: about 2.5× faster than one at a time).
     */
    private void addRuns(int from, int to, int len, float[] sums) {
      float[] t = transposed;
      int i = from;
      for (; i + 3 < to; i += 4) {
        int a = index[i] * BLOCK;
        int b = index[i + 1] * BLOCK;
        int c = index[i + 2] * BLOCK;
        int d = index[i + 3] * BLOCK;
        for (int r = 0; r < len; r++) {
          sums[r] += (t[a + r] + t[b + r]) + (t[c + r] + t[d + r]);
        }
      }
      for (; i < to; i++) {
        int a = index[i] * BLOCK;
        for (int r = 0; r < len; r++) {
          sums[r] += t[a + r];
        }
      }
    }

    /** The signed additions, counted as multiplications: an upper bound on the real cost. */
    @Override
    public long multiplications(int rows) {
      return (long) rows * count * nnz;
    }
  }
}
