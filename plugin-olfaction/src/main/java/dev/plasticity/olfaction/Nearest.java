package dev.plasticity.olfaction;

/**
 * The K nearest candidates by (distance, row), ties to the lower row as in the authors'
 * {@code heapq.nsmallest} over (distance, row) tuples: a bounded max-heap over reused
 * primitive arrays, then sorted in place into rank order.
 */
final class Nearest {
  private final double[] dist;
  private final int[] row;
  private int size;

  Nearest(int capacity) {
    dist = new double[capacity];
    row = new int[capacity];
  }

  /**
   * Selects the {@code k} smallest of {@code d[p]} (row {@code rows[p]}) over p < n and
   * leaves them in rank order: {@link #row(int)} 0 is the nearest.
   */
  void select(double[] d, int[] rows, int n, int k) {
    size = 0;
    int limit = Math.min(k, dist.length);
    for (int p = 0; p < n; p++) {
      int r = rows[p];
      double v = d[p];
      if (size < limit) {
        dist[size] = v;
        row[size] = r;
        siftUp(size++);
      } else if (limit > 0 && before(v, r, dist[0], row[0])) {
        dist[0] = v;
        row[0] = r;
        siftDown(0, size);
      }
    }
    // Heap sort: repeatedly move the farthest to the end.
    for (int end = size - 1; end > 0; end--) {
      swap(0, end);
      siftDown(0, end);
    }
  }

  int size() {
    return size;
  }

  /** The data-set row at rank {@code i} (0 = nearest). */
  int row(int i) {
    return row[i];
  }

  private static boolean before(double d1, int r1, double d2, int r2) {
    return d1 < d2 || (d1 == d2 && r1 < r2);
  }

  private void siftUp(int i) {
    while (i > 0) {
      int parent = (i - 1) >>> 1;
      if (!before(dist[parent], row[parent], dist[i], row[i])) {
        return;
      }
      swap(i, parent);
      i = parent;
    }
  }

  private void siftDown(int i, int n) {
    while (true) {
      int l = 2 * i + 1;
      if (l >= n) {
        return;
      }
      int c = l + 1 < n && before(dist[l], row[l], dist[l + 1], row[l + 1]) ? l + 1 : l;
      if (!before(dist[i], row[i], dist[c], row[c])) {
        return;
      }
      swap(i, c);
      i = c;
    }
  }

  private void swap(int a, int b) {
    double td = dist[a];
    dist[a] = dist[b];
    dist[b] = td;
    int tr = row[a];
    row[a] = row[b];
    row[b] = tr;
  }
}
