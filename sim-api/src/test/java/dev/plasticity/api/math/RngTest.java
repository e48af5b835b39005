package dev.plasticity.api.math;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RngTest {
  @Test
  void sameSeedSameNumbersOtherSeedOtherNumbers() {
    Rng a = new Rng(42);
    Rng b = new Rng(42);
    Rng c = new Rng(43);
    for (int i = 0; i < 100; i++) {
      long x = a.nextLong();
      assertEquals(x, b.nextLong());
      assertNotEquals(x, c.nextLong());
    }
  }

  @Test
  void aRestoredStateContinuesTheSameStreamIncludingTheSpareGaussian() {
    Rng a = new Rng(7);
    a.nextGaussian(); // leaves a spare behind
    long[] saved = a.state();
    double expected1 = a.nextGaussian();
    double expected2 = a.nextDouble();
    Rng b = new Rng(0);
    b.restore(saved);
    assertEquals(expected1, b.nextGaussian());
    assertEquals(expected2, b.nextDouble());
  }

  @Test
  void derivedSeedsDependOnTheName() {
    assertEquals(Rng.deriveSeed(1, "a"), Rng.deriveSeed(1, "a"));
    assertNotEquals(Rng.deriveSeed(1, "a"), Rng.deriveSeed(1, "b"));
    assertNotEquals(Rng.deriveSeed(1, "a"), Rng.deriveSeed(2, "a"));
  }

  @Test
  void nextIntIsUniformAndGaussianHasUnitMoments() {
    Rng r = new Rng(3);
    int[] counts = new int[10];
    int n = 200_000;
    for (int i = 0; i < n; i++) {
      counts[r.nextInt(10)]++;
    }
    for (int c : counts) {
      assertEquals(n / 10.0, c, 5 * Math.sqrt(n / 10.0), "bucket count");
    }
    double s = 0;
    double s2 = 0;
    for (int i = 0; i < n; i++) {
      double g = r.nextGaussian();
      s += g;
      s2 += g * g;
    }
    assertEquals(0, s / n, 0.01);
    assertEquals(1, s2 / n, 0.02);
  }

  @Test
  void shuffleIsAPermutation() {
    int[] a = new int[1000];
    for (int i = 0; i < a.length; i++) {
      a[i] = i;
    }
    new Rng(5).shuffle(a);
    boolean[] seen = new boolean[a.length];
    int moved = 0;
    for (int i = 0; i < a.length; i++) {
      seen[a[i]] = true;
      moved += a[i] != i ? 1 : 0;
    }
    for (boolean b : seen) {
      assertTrue(b);
    }
    assertTrue(moved > 900);
  }
}
