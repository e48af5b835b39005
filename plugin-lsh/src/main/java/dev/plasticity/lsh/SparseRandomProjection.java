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

  private record Sparse(int dim, int count, int nnz, int[] index, int[] positives) implements Hasher {
    @Override
    public void hash(Matrix x, int[] codes, int[] alternatives, float[] margins) {
      float[] v = x.data();
      for (int r = 0; r < x.rows(); r++) {
        int row = r * dim;
        for (int j = 0; j < count; j++) {
          float plus = 0;
          float minus = 0;
          int i = j * nnz;
          for (int split = i + positives[j]; i < split; i++) {
            plus += v[row + index[i]];
          }
          for (int end = j * nnz + nnz; i < end; i++) {
            minus += v[row + index[i]];
          }
          float p = plus - minus;
          int at = r * count + j;
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

    /** The signed additions, counted as multiplications: an upper bound on the real cost. */
    @Override
    public long multiplications(int rows) {
      return (long) rows * count * nnz;
    }
  }
}
