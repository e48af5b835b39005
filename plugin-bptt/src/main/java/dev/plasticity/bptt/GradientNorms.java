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
  /** The largest norm of each parameter's own gradient: where an explosion sits. */
  private final double[] partMax;

  /** For {@code parts} parameters, numbered as {@link #addPart} numbers them. */
  GradientNorms(int parts) {
    partMax = new double[parts];
  }

  /** One update's norm, and whether clipping cut it. */
  void add(double norm, boolean wasClipped) {
    updates++;
    sum += norm;
    max = Math.max(max, norm);
    clipped += wasClipped ? 1 : 0;
  }

  /** The norm of parameter k's gradient in this update. */
  void addPart(int k, double norm) {
    partMax[k] = Math.max(partMax[k], norm);
  }

  double partMax(int k) {
    return partMax[k];
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
    java.util.Arrays.fill(partMax, 0);
  }

  /** The totals, for a checkpoint taken between evaluations (counts are exact in a double). */
  double[] state() {
    double[] s = java.util.Arrays.copyOf(new double[] {updates, sum, max, clipped}, 4 + partMax.length);
    System.arraycopy(partMax, 0, s, 4, partMax.length);
    return s;
  }

  void restore(double[] s) {
    updates = (long) s[0];
    sum = s[1];
    max = s[2];
    clipped = (long) s[3];
    System.arraycopy(s, 4, partMax, 0, partMax.length);
  }
}
