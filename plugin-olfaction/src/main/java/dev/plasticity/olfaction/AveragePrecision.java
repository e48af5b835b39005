package dev.plasticity.olfaction;

/**
 * Average precision as the authors' script computes it: walk the ranking, and at every
 * hit add precision at that rank (hits so far / rank); average over the hits, 0 without
 * any. E.g. hit, miss, miss, hit, hit, hit gives mean(1/1, 2/4, 3/5, 4/6).
 */
final class AveragePrecision {
  private AveragePrecision() {}

  /** AP of {@code ranked}; a row is a true neighbour when {@code truthStamp[row] == stamp}. */
  static double of(Nearest ranked, int[] truthStamp, int stamp) {
    int hits = 0;
    double sum = 0;
    for (int i = 0; i < ranked.size(); i++) {
      if (truthStamp[ranked.row(i)] == stamp) {
        hits++;
        sum += (double) hits / (i + 1);
      }
    }
    return hits == 0 ? 0 : sum / hits;
  }
}
