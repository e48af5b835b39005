package dev.plasticity.hebbian;

/**
 * The centre–surround test of a receptive field: the mean weight in rings of distance from the
 * cell's centre (width 1 grid unit, the first ring d < 1.5, the last open-ended); a field is
 * centre–surround when the signs of its non-empty rings' means change exactly once (on-centre:
 * positive first). The buffers are reused from cell to cell.
 */
final class CentreSurround {
  static final int RINGS = 5;
  private final double[] sum = new double[RINGS];
  private final int[] count = new int[RINGS];
  /** Ring means of the last {@link #classify}, NaN where a ring is empty. */
  final double[] means = new double[RINGS];

  static int ring(float d) {
    return Math.min(RINGS - 1, (int) Math.max(0, Math.floor(d - 0.5)));
  }

  /** 0: not centre–surround; +1 on-centre; −1 off-centre. Weights {@code w[from .. from+n)}. */
  int classify(float[] w, float[] distance, int from, int n) {
    java.util.Arrays.fill(sum, 0);
    java.util.Arrays.fill(count, 0);
    for (int s = from; s < from + n; s++) {
      int r = ring(distance[s]);
      sum[r] += w[s];
      count[r]++;
    }
    int changes = 0;
    double first = 0;
    double previous = 0;
    for (int r = 0; r < RINGS; r++) {
      means[r] = count[r] == 0 ? Double.NaN : sum[r] / count[r];
      double sign = count[r] == 0 ? 0 : Math.signum(means[r]);
      if (sign == 0) {
        continue;
      }
      if (first == 0) {
        first = sign;
      } else if (sign != previous) {
        changes++;
      }
      previous = sign;
    }
    return changes == 1 ? (int) first : 0;
  }
}
