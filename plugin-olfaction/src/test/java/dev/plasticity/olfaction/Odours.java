package dev.plasticity.olfaction;

import dev.plasticity.api.data.Data;
import dev.plasticity.api.data.Dataset;
import dev.plasticity.api.math.Matrix;
import dev.plasticity.api.math.Rng;
import java.util.Arrays;

/** Small unlabelled sets of integer rates, like SIFT descriptors, for the tests. */
final class Odours {
  private Odours() {}

  /** n × d integer rates in [0, 30); every {@code dupEvery}-th row repeats the row before. */
  static Data integers(int n, int d, int dupEvery, long seed) {
    Rng rng = new Rng(seed);
    Matrix x = new Matrix(n, d);
    for (int r = 0; r < n; r++) {
      for (int c = 0; c < d; c++) {
        x.set(r, c, r > 0 && dupEvery > 0 && r % dupEvery == 0 ? x.get(r - 1, c) : rng.nextInt(30));
      }
    }
    int[] labels = new int[n];
    Arrays.fill(labels, -1);
    Dataset set = new Dataset("odours", x, labels, 0);
    return new Data(set, set);
  }
}
