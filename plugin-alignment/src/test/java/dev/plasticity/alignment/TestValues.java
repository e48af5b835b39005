package dev.plasticity.alignment;

import dev.plasticity.api.math.Rng;

/** Seeded test values, rounded to float so that float and double code see the same numbers. */
final class TestValues {
  private TestValues() {}

  static double[] gaussian(int n, long seed, double std) {
    Rng r = new Rng(seed);
    double[] v = new double[n];
    for (int i = 0; i < n; i++) {
      v[i] = (float) (std * r.nextGaussian());
    }
    return v;
  }
}
