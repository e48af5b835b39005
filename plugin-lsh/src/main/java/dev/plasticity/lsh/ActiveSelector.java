package dev.plasticity.lsh;

/**
 * Collects the neurons a sample's buckets hold and picks at most {@code cap} of them: in
 * order of discovery (union) or by the number of buckets they were found in (hits, ties to
 * the lower id). Reused for every sample: a stamp array marks what was seen.
 */
final class ActiveSelector implements HashTables.IdVisitor {
  private final int cap;
  private final Selection selection;
  private final int[] stamp;
  private final int[] hits;
  private final int[] found;
  private final int[] byHits; // counting-sort buckets: how many candidates have each hit count
  private int now;
  private int size;

  ActiveSelector(int neurons, int cap, int maxHits, Selection selection) {
    this.cap = cap;
    this.selection = selection;
    this.stamp = new int[neurons];
    this.hits = new int[neurons];
    this.found = new int[neurons];
    this.byHits = new int[maxHits + 2];
  }

  void begin() {
    now++;
    size = 0;
  }

  @Override
  public void visit(int id) {
    if (stamp[id] != now) {
      stamp[id] = now;
      hits[id] = 0;
      if (selection == Selection.HITS || size < cap) {
        found[size++] = id;
      }
    }
    hits[id]++;
  }

  /** Writes the chosen neurons into {@code out} and returns how many there are. */
  int finish(int[] out) {
    if (selection == Selection.UNION || size <= cap) {
      int k = Math.min(size, cap);
      System.arraycopy(found, 0, out, 0, k);
      return k;
    }
    // Ranked by hits: find the hit count h* at which the cap is reached, take all above it,
    // then those at h* in order of id (found is in discovery order, so scan ids by stamp).
    java.util.Arrays.fill(byHits, 0);
    int maxHits = 0;
    for (int i = 0; i < size; i++) {
      int h = Math.min(hits[found[i]], byHits.length - 1);
      byHits[h]++;
      maxHits = Math.max(maxHits, h);
    }
    int threshold = maxHits;
    int above = 0;
    while (threshold > 0 && above + byHits[threshold] < cap) {
      above += byHits[threshold];
      threshold--;
    }
    int k = 0;
    int atThreshold = cap - above;
    java.util.Arrays.sort(found, 0, size); // by id, for ties to the lower id
    for (int i = 0; i < size; i++) {
      int h = Math.min(hits[found[i]], byHits.length - 1);
      if (h > threshold) {
        out[k++] = found[i];
      } else if (h == threshold && atThreshold > 0) {
        out[k++] = found[i];
        atThreshold--;
      }
    }
    return k;
  }
}
