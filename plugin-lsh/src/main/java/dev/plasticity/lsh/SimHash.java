package dev.plasticity.lsh;

import dev.plasticity.api.math.Matrix;
import dev.plasticity.api.math.Rng;

/**
 * Signed random projections (Charikar 2002): bit = [aᵀx ≥ 0], a ~ N(0, I). Two vectors at
 * angle θ collide with probability 1 − θ/π. The margin of a bit is |aᵀx|.
 */
public record SimHash() implements HashFamily {
  @Override
  public boolean signBits() {
    return true;
  }

  @Override
  public Hasher draw(int dim, int count, Rng rng) {
    return new Signs(gaussianDirections(count, dim, rng));
  }

  /** {@code count} directions a ~ N(0, I) of {@code dim} values, one per row. */
  static Matrix gaussianDirections(int count, int dim, Rng rng) {
    Matrix a = new Matrix(count, dim);
    float[] d = a.data();
    for (int i = 0; i < d.length; i++) {
      d[i] = (float) rng.nextGaussian();
    }
    return a;
  }

  /** Sign bits of projections; shared with the sparse random projection. */
  static final class Signs extends ProjectionHasher {
    Signs(Matrix directions) {
      super(directions);
    }

    @Override
    void code(int j, float p, int at, int[] codes, int[] alternatives, float[] margins) {
      int bit = p >= 0 ? 1 : 0;
      codes[at] = bit;
      if (alternatives != null) {
        alternatives[at] = 1 - bit;
      }
      if (margins != null) {
        margins[at] = Math.abs(p);
      }
    }
  }
}
