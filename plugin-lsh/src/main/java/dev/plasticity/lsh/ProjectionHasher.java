package dev.plasticity.lsh;

import dev.plasticity.api.math.Linalg;
import dev.plasticity.api.math.Matrix;

/**
 * Hashes that start from random projections aᵀx: the projections of a whole block of rows
 * are one BLAS product, then each subclass turns a projection into a code.
 */
abstract class ProjectionHasher implements Hasher {
  private final Matrix directions; // count × dim
  private Matrix scratch = new Matrix(0, 0);

  ProjectionHasher(Matrix directions) {
    this.directions = directions;
  }

  @Override
  public final int count() {
    return directions.rows();
  }

  @Override
  public final int dim() {
    return directions.cols();
  }

  @Override
  public final void hash(Matrix x, int[] codes, int[] alternatives, float[] margins) {
    if (x.cols() != dim()) {
      throw new IllegalArgumentException("hashing " + x.shape() + " with functions of dim " + dim());
    }
    if (scratch.capacityRows() < x.rows() || scratch.cols() != count()) {
      scratch = new Matrix(x.rows(), count()); // grows once to the largest block, then reused
    }
    scratch.useRows(x.rows());
    Linalg.gemm(false, true, 1f, x, directions, 0f, scratch);
    float[] p = scratch.data();
    int n = x.rows() * count();
    for (int i = 0; i < n; i++) {
      code(i % count(), p[i], i, codes, alternatives, margins);
    }
  }

  /** Turns projection {@code p} of function {@code j} into entry {@code at} of the outputs. */
  abstract void code(int j, float p, int at, int[] codes, int[] alternatives, float[] margins);

  @Override
  public long multiplications(int rows) {
    return (long) rows * count() * dim();
  }
}
