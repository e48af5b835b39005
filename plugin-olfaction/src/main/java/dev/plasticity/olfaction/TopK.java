package dev.plasticity.olfaction;

/**
 * Winner-take-all over one row of a row-major array: keeps the {@code k} largest values
 * (ties to the lower index) and zeroes the rest, in O(m log k) with a min-heap of the
 * current winners. The heap lives in a per-thread scratch buffer, so nothing is allocated
 * per row or per batch once it has grown to the largest k.
 */
final class TopK {
  private static final ThreadLocal<Scratch> SCRATCH = ThreadLocal.withInitial(Scratch::new);

  private TopK() {}

  private static final class Scratch {
    int[] heap = new int[0];
    float[] kept = new float[0];

    Scratch fit(int k) {
      if (heap.length < k) {
        heap = new int[k];
        kept = new float[k];
      }
      return this;
    }
  }

  /**
   * Zeroes all but the top {@code k} of {@code d[off .. off+m)}, which keep their value, or
   * become 1 when {@code tag} is set; requires k <= m.
   */
  static void silenceAllButTop(float[] d, int off, int m, int k, boolean tag) {
    Scratch s = SCRATCH.get().fit(k);
    int[] heap = s.heap;
    // heap[0] is the weakest winner: lowest value, and among equal values the highest index.
    for (int j = 0; j < k; j++) {
      heap[j] = j;
      siftUp(d, off, heap, j);
    }
    for (int j = k; j < m; j++) {
      // Columns arrive in increasing order, so a tie with the weakest winner never displaces it.
      if (d[off + j] > d[off + heap[0]]) {
        heap[0] = j;
        siftDown(d, off, heap, k);
      }
    }
    float[] kept = s.kept;
    for (int i = 0; i < k; i++) {
      kept[i] = tag ? 1f : d[off + heap[i]];
    }
    java.util.Arrays.fill(d, off, off + m, 0f);
    for (int i = 0; i < k; i++) {
      d[off + heap[i]] = kept[i];
    }
  }

  /** Whether column x is a weaker winner than column y. */
  private static boolean weaker(float[] d, int off, int x, int y) {
    float a = d[off + x];
    float b = d[off + y];
    return a < b || (a == b && x > y);
  }

  private static void siftUp(float[] d, int off, int[] heap, int i) {
    while (i > 0) {
      int parent = (i - 1) >>> 1;
      if (!weaker(d, off, heap[i], heap[parent])) {
        return;
      }
      int t = heap[i];
      heap[i] = heap[parent];
      heap[parent] = t;
      i = parent;
    }
  }

  private static void siftDown(float[] d, int off, int[] heap, int size) {
    int i = 0;
    while (true) {
      int l = 2 * i + 1;
      if (l >= size) {
        return;
      }
      int c = l + 1 < size && weaker(d, off, heap[l + 1], heap[l]) ? l + 1 : l;
      if (!weaker(d, off, heap[c], heap[i])) {
        return;
      }
      int t = heap[i];
      heap[i] = heap[c];
      heap[c] = t;
      i = c;
    }
  }
}
