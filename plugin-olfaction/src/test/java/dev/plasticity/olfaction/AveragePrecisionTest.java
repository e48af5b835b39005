package dev.plasticity.olfaction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class AveragePrecisionTest {
  /** Ranks rows 0..n-1 in that order (distance = rank + 1) and scores them against {@code truth}. */
  private static double ap(int n, int... truth) {
    double[] dist = new double[n];
    int[] rows = new int[n];
    for (int i = 0; i < n; i++) {
      // Listed backwards, so the ranking has to come from the distances.
      rows[i] = n - 1 - i;
      dist[i] = n - i;
    }
    Nearest ranked = new Nearest(n);
    ranked.select(dist, rows, n, n);
    int[] stamp = new int[n];
    for (int t : truth) {
      stamp[t] = 7;
    }
    return AveragePrecision.of(ranked, stamp, 7);
  }

  @Test
  void theAuthorsWorkedExample() {
    // hit, miss, miss, hit, hit, hit
    assertEquals((1.0 + 2.0 / 4 + 3.0 / 5 + 4.0 / 6) / 4, ap(6, 0, 3, 4, 5), 1e-15);
  }

  @Test
  void perfectAndHopelessRankings() {
    assertEquals(1.0, ap(4, 0, 1, 2, 3));
    assertEquals(0.0, ap(4));
    // a single hit at rank 3
    assertEquals(1.0 / 3, ap(5, 2), 1e-15);
  }

  @Test
  void onlyTheKNearestCountAndTiesGoToTheLowerRow() {
    Nearest ranked = new Nearest(2);
    ranked.select(new double[] {5, 1, 1, 0.5}, new int[] {10, 12, 11, 13}, 4, 2);
    assertEquals(13, ranked.row(0));
    assertEquals(11, ranked.row(1));
    assertEquals(2, ranked.size());
  }
}
