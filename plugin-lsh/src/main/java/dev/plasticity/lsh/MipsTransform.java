package dev.plasticity.lsh;

/**
 * Turns maximum inner product search into a neighbour search (kind {@code mips-transform}):
 * items go through P, queries through Q, and the scheme's hash family is applied to both.
 * An item transform sees the largest item norm M of the collection, since the asymmetric
 * schemes first scale every item by U/M.
 */
public interface MipsTransform {
  /** Values added to each vector. */
  int extraDims();

  /** The hash family the scheme is defined with. */
  HashFamily hash();

  /** P: {@code d} values of {@code x} at {@code xOff} to {@code d + extraDims()} at {@code outOff}. */
  void item(float[] x, int xOff, int d, double maxNorm, float[] out, int outOff);

  /** Q: likewise for a query. */
  void query(float[] q, int qOff, int d, float[] out, int outOff);

  /**
   * Q(q) up to a positive factor: all that a sign-bit hash sees of it. By default Q itself;
   * schemes whose Q only normalises q and pads it with zeros skip the normalisation.
   */
  default void queryDirection(float[] q, int qOff, int d, float[] out, int outOff) {
    query(q, qOff, d, out, outOff);
  }

  /** Multiplications of {@link #queryDirection} on a vector of {@code d} values. */
  default long queryDirectionMultiplications(int d) {
    return queryMultiplications(d);
  }

  /** Multiplications of P on a vector of {@code d} values: the scaling, its squared norm, the powers. */
  default long itemMultiplications(int d) {
    return 2L * d + extraDims();
  }

  /** Multiplications of Q on a vector of {@code d} values: its squared norm and the normalisation. */
  default long queryMultiplications(int d) {
    return 2L * d;
  }

  /** ‖v‖² of {@code d} values at {@code off}, in double. */
  static double squaredNorm(float[] v, int off, int d) {
    double s = 0;
    for (int i = 0; i < d; i++) {
      s += (double) v[off + i] * v[off + i];
    }
    return s;
  }

  /** Writes q/‖q‖ (zeros for a zero query). */
  static void normalised(float[] q, int qOff, int d, float[] out, int outOff) {
    double n = Math.sqrt(squaredNorm(q, qOff, d));
    double f = n > 0 ? 1 / n : 0;
    for (int i = 0; i < d; i++) {
      out[outOff + i] = (float) (q[qOff + i] * f);
    }
  }

  /** Writes x·U/M and returns the squared norm of the result. */
  static double scaled(float[] x, int xOff, int d, double u, double maxNorm, float[] out, int outOff) {
    double f = maxNorm > 0 ? u / maxNorm : 0;
    double s = 0;
    for (int i = 0; i < d; i++) {
      float v = (float) (x[xOff + i] * f);
      out[outOff + i] = v;
      s += (double) v * v;
    }
    return s;
  }
}
