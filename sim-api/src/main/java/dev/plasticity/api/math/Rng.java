package dev.plasticity.api.math;

/**
 * A small, fast, splittable random stream (xoshiro256** seeded through SplitMix64) whose
 * whole state is four longs, so that a checkpoint can save and restore it exactly.
 *
 * <p>The runtime gives every component its own stream, derived from the scenario seed and
 * the component's name; adding a component never shifts another's numbers.
 */
public final class Rng {
  private long s0;
  private long s1;
  private long s2;
  private long s3;
  private double spareGaussian;
  private boolean hasSpare;

  public Rng(long seed) {
    long x = seed;
    s0 = splitMix(x += 0x9E3779B97F4A7C15L);
    s1 = splitMix(x += 0x9E3779B97F4A7C15L);
    s2 = splitMix(x += 0x9E3779B97F4A7C15L);
    s3 = splitMix(x + 0x9E3779B97F4A7C15L);
  }

  /** A seed for stream {@code name} under the root {@code seed}, stable across runs. */
  public static long deriveSeed(long seed, String name) {
    long h = 0xcbf29ce484222325L; // FNV-1a over the name's UTF-16 code units
    for (int i = 0; i < name.length(); i++) {
      h ^= name.charAt(i);
      h *= 0x100000001b3L;
    }
    return splitMix(seed ^ splitMix(h));
  }

  private static long splitMix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  public long nextLong() {
    long result = Long.rotateLeft(s1 * 5, 7) * 9;
    long t = s1 << 17;
    s2 ^= s0;
    s3 ^= s1;
    s1 ^= s2;
    s0 ^= s3;
    s2 ^= t;
    s3 = Long.rotateLeft(s3, 45);
    return result;
  }

  /** Uniform in [0, 1) with 53 random bits. */
  public double nextDouble() {
    return (nextLong() >>> 11) * 0x1.0p-53;
  }

  /** Uniform in [0, 1) with 24 random bits. */
  public float nextFloat() {
    return (nextLong() >>> 40) * 0x1.0p-24f;
  }

  /** Uniform in [0, bound), without modulo bias. */
  public int nextInt(int bound) {
    if (bound <= 0) {
      throw new IllegalArgumentException("bound must be positive, got " + bound);
    }
    long r = nextLong() >>> 33; // 31 bits
    long m = r * bound;
    long l = m & 0x7FFFFFFFL;
    if (l < bound) {
      long t = (0x80000000L - bound) % bound;
      while (l < t) {
        r = nextLong() >>> 33;
        m = r * bound;
        l = m & 0x7FFFFFFFL;
      }
    }
    return (int) (m >>> 31);
  }

  /** Standard normal (Marsaglia's polar method; the spare value is part of the state). */
  public double nextGaussian() {
    if (hasSpare) {
      hasSpare = false;
      return spareGaussian;
    }
    double u;
    double v;
    double s;
    do {
      u = 2 * nextDouble() - 1;
      v = 2 * nextDouble() - 1;
      s = u * u + v * v;
    } while (s >= 1 || s == 0);
    double f = Math.sqrt(-2 * Math.log(s) / s);
    spareGaussian = v * f;
    hasSpare = true;
    return u * f;
  }

  /** Fisher–Yates shuffle of the whole array. */
  public void shuffle(int[] a) {
    for (int i = a.length - 1; i > 0; i--) {
      int j = nextInt(i + 1);
      int t = a[i];
      a[i] = a[j];
      a[j] = t;
    }
  }

  /** A new independent stream drawn from this one. */
  public Rng split() {
    return new Rng(nextLong());
  }

  /** The whole state, for checkpoints: four longs, the spare flag and the spare's bits. */
  public long[] state() {
    return new long[] {
      s0, s1, s2, s3, hasSpare ? 1 : 0, Double.doubleToRawLongBits(spareGaussian)
    };
  }

  public void restore(long[] state) {
    if (state.length != 6) {
      throw new IllegalArgumentException("an Rng state has 6 longs, got " + state.length);
    }
    s0 = state[0];
    s1 = state[1];
    s2 = state[2];
    s3 = state[3];
    hasSpare = state[4] != 0;
    spareGaussian = Double.longBitsToDouble(state[5]);
  }
}
