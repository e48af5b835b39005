package dev.plasticity.testkit;

import dev.plasticity.api.data.Data;
import dev.plasticity.api.data.Dataset;
import dev.plasticity.api.math.Matrix;
import dev.plasticity.api.math.Rng;

/** Small, seeded data for tests. */
public final class Fixtures {
  private Fixtures() {}

  /** A seeded random stream. */
  public static Rng rng(long seed) {
    return new Rng(seed);
  }

  /**
   * Gaussian blobs: {@code classes} centres drawn in [-2, 2]^dim, unit-variance points
   * around them; {@code train} and {@code test} points, labels balanced.
   */
  public static Data blobs(int dim, int classes, int train, int test, long seed) {
    Rng rng = new Rng(seed);
    float[][] centres = new float[classes][dim];
    for (float[] c : centres) {
      for (int j = 0; j < dim; j++) {
        c[j] = (float) (4 * rng.nextDouble() - 2);
      }
    }
    return new Data(blobSet("blobs/train", centres, train, rng), blobSet("blobs/test", centres, test, rng));
  }

  private static Dataset blobSet(String name, float[][] centres, int n, Rng rng) {
    int dim = centres[0].length;
    Matrix x = new Matrix(n, dim);
    int[] y = new int[n];
    for (int i = 0; i < n; i++) {
      y[i] = i % centres.length;
      for (int j = 0; j < dim; j++) {
        x.set(i, j, centres[y[i]][j] + (float) (0.5 * rng.nextGaussian()));
      }
    }
    return new Dataset(name, x, y, centres.length);
  }

  /** A matrix of N(0, std²) values. */
  public static Matrix gaussian(int rows, int cols, double std, long seed) {
    Rng rng = new Rng(seed);
    Matrix m = new Matrix(rows, cols);
    for (int i = 0; i < m.size(); i++) {
      m.data()[i] = (float) (std * rng.nextGaussian());
    }
    return m;
  }
}
