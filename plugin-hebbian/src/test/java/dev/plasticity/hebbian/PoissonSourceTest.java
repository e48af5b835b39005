package dev.plasticity.hebbian;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plasticity.api.math.Rng;
import org.junit.jupiter.api.Test;

class PoissonSourceTest {
  @Test
  void everySourceSpikesAtItsRateAndTicksAreIndependent() {
    // 100 sources at p = 0.0015 per tick (15 Hz, dt 0.1 ms) for 200,000 ticks (20 s).
    int n = 100;
    double p = 0.0015;
    int ticks = 200_000;
    PoissonSource s = new PoissonSource(n, p, new Rng(3));
    int[] out = new int[n];
    long[] perSource = new long[n];
    long total = 0;
    long ticksWithTwo = 0;
    for (long t = 0; t < ticks; t++) {
      int c = s.spikes(t, out);
      for (int k = 0; k < c; k++) {
        perSource[out[k]]++;
        assertTrue(k == 0 || out[k] > out[k - 1], "ascending, each source once per tick");
      }
      total += c;
      ticksWithTwo += c >= 2 ? 1 : 0;
    }
    double mean = (double) n * ticks * p; // 30,000
    assertEquals(mean, total, 4 * Math.sqrt(mean));
    for (long c : perSource) {
      assertEquals(ticks * p, c, 5 * Math.sqrt(ticks * p)); // 300 ± 87
    }
    // P(at least two of 100 in a tick) for independent Bernoulli trials.
    double q = 1 - Math.pow(1 - p, n) - n * p * Math.pow(1 - p, n - 1);
    assertEquals(q * ticks, ticksWithTwo, 5 * Math.sqrt(q * ticks));
  }

  @Test
  void theSameStreamGivesTheSameSpikes() {
    int[] a = new int[50];
    int[] b = new int[50];
    PoissonSource x = new PoissonSource(50, 0.01, new Rng(9));
    PoissonSource y = new PoissonSource(50, 0.01, new Rng(9));
    for (long t = 0; t < 1000; t++) {
      int ca = x.spikes(t, a);
      assertEquals(ca, y.spikes(t, b));
      assertArrayEquals(java.util.Arrays.copyOf(a, ca), java.util.Arrays.copyOf(b, ca));
    }
  }
}
