package dev.plasticity.hebbian;

/**
 * The k-cap: the k most excited neurons of an area fire. Selection by quickselect on a copy of
 * the inputs (linear time, buffers made once); ties at the threshold go to the lower index, so
 * the cap is a function of the inputs alone.
 */
final class KCap {
  private final int k;
  private final float[] work;

  KCap(int n, int k) {
    this.k = k;
    this.work = new float[n];
  }

  /** Writes the indices of the k largest of {@code input} (n values) to {@code cap}, increasing. */
  void select(float[] input, int[] cap) {
    int n = work.length;
    System.arraycopy(input, 0, work, 0, n);
    float threshold = kthLargest(work, k);
    int above = 0;
    for (int i = 0; i < n; i++) {
      if (input[i] > threshold) {
        above++;
      }
    }
    int ties = k - above;
    int c = 0;
    for (int i = 0; i < n && c < k; i++) {
      if (input[i] > threshold || (input[i] == threshold && ties-- > 0)) {
        cap[c++] = i;
      }
    }
  }

  /** The k-th largest value of a (which is reordered). */
  private static float kthLargest(float[] a, int k) {
    int lo = 0;
    int hi = a.length - 1;
    int target = k - 1; // position in descending order
    while (lo < hi) {
      float pivot = median(a[lo], a[(lo + hi) >>> 1], a[hi]);
      int i = lo;
      int j = hi;
      while (i <= j) {
        while (a[i] > pivot) {
          i++;
        }
        while (a[j] < pivot) {
          j--;
        }
        if (i <= j) {
          float tmp = a[i];
          a[i] = a[j];
          a[j] = tmp;
          i++;
          j--;
        }
      }
      if (target <= j) {
        hi = j;
      } else if (target >= i) {
        lo = i;
      } else {
        return a[target];
      }
    }
    return a[target];
  }

  private static float median(float a, float b, float c) {
    return Math.max(Math.min(a, b), Math.min(Math.max(a, b), c));
  }
}
