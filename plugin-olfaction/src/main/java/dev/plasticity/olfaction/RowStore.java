package dev.plasticity.olfaction;

import dev.plasticity.api.math.Matrix;
import dev.plasticity.api.sim.StateMap;

/**
 * The rows of a population's activity, kept by data-set row as sparse (index, value)
 * lists of at most {@code cap} entries: a winner-take-all hash has k non-zeros out of m
 * cells, so 10,000 hashes of 1,280 cells take 10,000 × k slots rather than 12.8 M floats.
 * Squared L2 distances come from ‖x‖² + ‖y‖² − 2 x·y in double, with the norm and the dot
 * summed over the same products in the same order, so an exact duplicate is at distance
 * exactly 0 and integer rates give exact integer distances.
 */
final class RowStore {
  private final int cols;
  private final int cap;
  private final int[] index;
  private final float[] value;
  private final int[] count;
  private final double[] sqNorm;
  private final double[] scatter;

  RowStore(int rows, int cols, int cap) {
    this.cols = cols;
    this.cap = Math.min(cap, cols);
    long slots = (long) rows * this.cap;
    if (slots > Integer.MAX_VALUE - 8) {
      throw new IllegalArgumentException(rows + " rows of " + this.cap + " values do not fit in memory");
    }
    this.index = new int[(int) slots];
    this.value = new float[(int) slots];
    this.count = new int[rows];
    this.sqNorm = new double[rows];
    this.scatter = new double[cols];
  }

  /** Stores row {@code r} of {@code activity} as data-set row {@code row}. */
  void put(int row, Matrix activity, int r) {
    float[] a = activity.data();
    int off = r * cols;
    int base = row * cap;
    int c = 0;
    double norm = 0;
    for (int j = 0; j < cols; j++) {
      float v = a[off + j];
      if (v != 0f) {
        if (c == cap) {
          throw new IllegalStateException("a row has more than " + cap + " non-zero values");
        }
        index[base + c] = j;
        value[base + c] = v;
        norm += (double) v * v;
        c++;
      }
    }
    count[row] = c;
    sqNorm[row] = norm;
  }

  /** Row {@code row} as a bit set: bit j is set when column j is non-zero (for at most 64 columns). */
  long bits(int row) {
    long b = 0;
    for (int t = 0, base = row * cap; t < count[row]; t++) {
      b |= 1L << index[base + t];
    }
    return b;
  }

  /** Saves rows {@code rows[0 .. n)} under keys starting with {@code prefix}. */
  void save(StateMap out, String prefix, int[] rows, int n) {
    int total = 0;
    for (int p = 0; p < n; p++) {
      total += count[rows[p]];
    }
    int[] counts = new int[n];
    int[] idx = new int[total];
    float[] val = new float[total];
    int at = 0;
    for (int p = 0; p < n; p++) {
      int row = rows[p];
      counts[p] = count[row];
      System.arraycopy(index, row * cap, idx, at, count[row]);
      System.arraycopy(value, row * cap, val, at, count[row]);
      at += count[row];
    }
    out.putInts(prefix + "count", counts);
    out.putInts(prefix + "index", idx);
    out.putFloats(prefix + "value", val);
  }

  /** Restores what {@link #save} wrote for {@code rows}; norms are recomputed in the same order. */
  void restore(StateMap in, String prefix, int[] rows) {
    int[] counts = in.ints(prefix + "count");
    int[] idx = in.ints(prefix + "index");
    float[] val = in.floats(prefix + "value");
    int at = 0;
    for (int p = 0; p < rows.length; p++) {
      int row = rows[p];
      count[row] = counts[p];
      double norm = 0;
      for (int t = 0; t < counts[p]; t++) {
        index[row * cap + t] = idx[at + t];
        value[row * cap + t] = val[at + t];
        norm += (double) val[at + t] * val[at + t];
      }
      sqNorm[row] = norm;
      at += counts[p];
    }
  }

  /** out[p] ← ‖row q − row rows[p]‖² for p < n. */
  void squaredDistances(int q, int[] rows, int n, double[] out) {
    int qb = q * cap;
    for (int t = 0; t < count[q]; t++) {
      scatter[index[qb + t]] = value[qb + t];
    }
    distancesFromScatter(sqNorm[q], rows, n, out);
    for (int t = 0; t < count[q]; t++) {
      scatter[index[qb + t]] = 0;
    }
  }

  /** out[p] ← ‖row r of {@code activity} − row rows[p]‖² for p < n: a query not in the store. */
  void squaredDistancesFrom(Matrix activity, int r, int[] rows, int n, double[] out) {
    float[] a = activity.data();
    int off = r * cols;
    double qn = 0;
    for (int j = 0; j < cols; j++) {
      float v = a[off + j];
      scatter[j] = v;
      qn += (double) v * v;
    }
    distancesFromScatter(qn, rows, n, out);
    java.util.Arrays.fill(scatter, 0);
  }

  /** The distances from the query held in {@code scatter}, of squared norm {@code qn}. */
  private void distancesFromScatter(double qn, int[] rows, int n, double[] out) {
    for (int p = 0; p < n; p++) {
      int row = rows[p];
      int base = row * cap;
      double dot = 0;
      for (int t = 0, c = count[row]; t < c; t++) {
        dot += scatter[index[base + t]] * value[base + t];
      }
      out[p] = qn + sqNorm[row] - 2 * dot;
    }
  }
}
