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
  public Hasher draw(int dim, int count, Rng rng) {
    int nnz = Math.max(1, (int) Math.round(density * dim));
    int[] index = new int[count * nnz];
    boolean[] negative = new boolean[count * nnz];
    int[] perm = new int[dim];
    for (int j = 0; j < count; j++) {
      for (int i = 0; i < dim; i++) {
        perm[i] = i;
      }
      for (int i = 0; i < nnz; i++) { // partial Fisher–Yates: nnz distinct coordinates
        int s = i + rng.nextInt(dim - i);
        int t = perm[i];
        perm[i] = perm[s];
        perm[s] = t;
        index[j * nnz + i] = perm[i];
        negative[j * nnz + i] = rng.nextDouble() < 0.5;
      }
    }
    return new Sparse(dim, count, nnz, index, negative);
  }

  private record Sparse(int dim, int count, int nnz, int[] index, boolean[] negative) implements Hasher {
    @Override
    public void hash(Matrix x, int[] codes, int[] alternatives, float[] margins) {
      float[] v = x.data();
      for (int r = 0; r < x.rows(); r++) {
        int row = r * dim;
        for (int j = 0; j < count; j++) {
          float p = 0;
          for (int i = j * nnz, end = i + nnz; i < end; i++) {
            float e = v[row + index[i]];
            p += negative[i] ? -e : e;
          }
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
