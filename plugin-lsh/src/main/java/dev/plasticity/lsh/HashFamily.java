package dev.plasticity.lsh;

import dev.plasticity.api.math.Rng;

/**
 * A family of locality-sensitive hash functions (kind {@code hash}). Drawing from it gives
 * {@code count} independent functions over vectors of {@code dim} values; tables take K × L
 * of them, the MIPS evaluation up to 512.
 */
public interface HashFamily {
  Hasher draw(int dim, int count, Rng rng);

  /**
   * Whether every code is a sign bit (0 or 1) of a projection: such codes do not change when
   * the input is scaled by a positive factor, and one-bit tables of them can be compared by
   * popcount.
   */
  default boolean signBits() {
    return false;
  }
}
