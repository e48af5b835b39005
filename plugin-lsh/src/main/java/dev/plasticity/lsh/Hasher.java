package dev.plasticity.lsh;

import dev.plasticity.api.math.Matrix;

/**
 * Drawn hash functions. Besides each function's value it gives, for multi-probe, the value
 * the function would most likely have taken instead and a margin: how far the input lies
 * from the boundary between the two (the smaller, the less certain the value).
 */
public interface Hasher {
  /** Number of functions. */
  int count();

  /** Length of the vectors hashed. */
  int dim();

  /**
   * Hashes the rows in use of {@code x}: for row r and function j, {@code codes[r·count + j]},
   * its runner-up in {@code alternatives} and its margin in {@code margins} (either may be
   * null when not wanted).
   */
  void hash(Matrix x, int[] codes, int[] alternatives, float[] margins);

  /** Scalar multiplications performed to hash {@code rows} vectors (for honest cost counts). */
  long multiplications(int rows);
}
