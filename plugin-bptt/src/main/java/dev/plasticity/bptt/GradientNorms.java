package dev.plasticity.bptt;

/**
 * The global norms of the updates' gradients (before clipping) since the last evaluation:
 * how large they ran and how often clipping cut them, to see whether a loss spike follows
 * an exploding gradient.
 */
final class GradientNorms {
  private long updates;
  private double sum;
  private double max;
  private long clipped;

  /** One update's norm, and whether clipping cut it. */
  void add(double norm, boolean wasClipped) {
    updates++;
    sum += norm;
    max = Math.max(max, norm);
    clipped += wasClipped ? 1 : 0;
  }

  double mean() {
    return sum / Math.max(1, updates);
  }

  double max() {
    return max;
  }

  double clippedShare() {
    return clipped / (double) Math.max(1, updates);
  }

  void clear() {
    updates = 0;
    sum = 0;
    max = 0;
    clipped = 0;
  }

  /** The totals, for a checkpoint taken between evaluations (counts are exact in a double). */
  double[] state() {
    return new double[] {updates, sum, max, clipped};
  }

  void restore(double[] s) {
    updates = (long) s[0];
    sum = s[1];
    max = s[2];
    clipped = (long) s[3];
  }
}
