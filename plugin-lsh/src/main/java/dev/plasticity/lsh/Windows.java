package dev.plasticity.lsh;

import dev.plasticity.api.math.Matrix;
import dev.plasticity.api.math.Rng;

/** The running part of {@link Wta} and {@link DensifiedWta}: argmax over windows of coordinates. */
final class Windows implements Hasher {
  private static final int MAX_BORROW = 100; // SLIDE gives up after this many probes too
  private final int dim;
  private final int count;
  private final int width;
  private final int[] coords; // count × width
  private final boolean densify;
  private final long[] borrowSeeds;
  private final boolean[] empty;

  Windows(int dim, int count, int[] coords, boolean densify, Rng rng) {
    this.dim = dim;
    this.count = count;
    this.width = coords.length / count;
    this.coords = coords;
    this.densify = densify;
    this.borrowSeeds = new long[] {rng.nextLong() | 1, rng.nextLong()};
    this.empty = new boolean[count];
  }

  /** {@code count} windows of {@code width} coordinates: consecutive chunks of fresh permutations. */
  static int[] permutedWindows(int dim, int count, int width, Rng rng) {
    int[] out = new int[count * width];
    int[] perm = new int[dim];
    int used = dim;
    for (int i = 0; i < out.length; i++) {
      if (used + 1 > dim) {
        for (int k = 0; k < dim; k++) {
          perm[k] = k;
        }
        rng.shuffle(perm);
        used = 0;
      }
      out[i] = perm[used++];
    }
    return out;
  }

  @Override
  public int count() {
    return count;
  }

  @Override
  public int dim() {
    return dim;
  }

  @Override
  public void hash(Matrix x, int[] codes, int[] alternatives, float[] margins) {
    float[] v = x.data();
    for (int r = 0; r < x.rows(); r++) {
      int row = r * dim;
      int base = r * count;
      for (int j = 0; j < count; j++) {
        int best = -1;
        int second = -1;
        float bestV = Float.NEGATIVE_INFINITY;
        float secondV = Float.NEGATIVE_INFINITY;
        for (int i = 0; i < width; i++) {
          float e = v[row + coords[j * width + i]];
          if (densify && e == 0) {
            continue; // densified WTA sees only the non-zero coordinates
          }
          if (e > bestV) {
            second = best;
            secondV = bestV;
            best = i;
            bestV = e;
          } else if (e > secondV) {
            second = i;
            secondV = e;
          }
        }
        empty[j] = best < 0;
        int at = base + j;
        codes[at] = best;
        if (alternatives != null) {
          alternatives[at] = second < 0 ? best : second;
        }
        if (margins != null) {
          margins[at] = second < 0 ? Float.MAX_VALUE : bestV - secondV;
        }
      }
      if (densify) {
        borrow(base, codes, alternatives, margins);
      }
    }
  }

  /** Fills empty bins from the first non-empty bin of a fixed pseudo-random probe sequence. */
  private void borrow(int base, int[] codes, int[] alternatives, float[] margins) {
    for (int j = 0; j < count; j++) {
      if (!empty[j]) {
        continue;
      }
      int code = -1; // an all-zero input: every bin stays -1, one bucket for all of them
      for (int attempt = 1; attempt <= MAX_BORROW; attempt++) {
        long h = (j * 0x9E3779B97F4A7C15L + attempt) * borrowSeeds[0] + borrowSeeds[1];
        int src = (int) Long.remainderUnsigned(h ^ (h >>> 29), count);
        if (!empty[src]) {
          code = codes[base + src]; // a plain copy, as SLIDE's densification does
          break;
        }
      }
      codes[base + j] = code;
      if (alternatives != null) {
        alternatives[base + j] = code;
      }
      if (margins != null) {
        margins[base + j] = Float.MAX_VALUE; // a borrowed code has no runner-up worth probing
      }
    }
  }

  @Override
  public long multiplications(int rows) {
    return 0; // comparisons only
  }
}
