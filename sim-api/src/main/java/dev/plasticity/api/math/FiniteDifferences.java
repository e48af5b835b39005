package dev.plasticity.api.math;

import java.util.function.ToDoubleFunction;

/**
 * Central finite differences in double and the error measures gradients are checked with.
 * In sim-api rather than only the testkit because plugins use them too: a scenario can
 * report a gradient check as a metric (plugin-bptt's gradient-equivalence).
 */
public final class FiniteDifferences {
  private FiniteDifferences() {}

  /** The central-difference gradient of {@code f} at {@code x} (x is restored afterwards). */
  public static double[] gradient(ToDoubleFunction<double[]> f, double[] x, double step) {
    double[] g = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      double keep = x[i];
      x[i] = keep + step;
      double up = f.applyAsDouble(x);
      x[i] = keep - step;
      double down = f.applyAsDouble(x);
      x[i] = keep;
      g[i] = (up - down) / (2 * step);
    }
    return g;
  }

  /**
   * The largest elementwise relative error |a − n| / (|a| + |n|), counting pairs within
   * {@code absFloor} of each other as equal.
   */
  public static double maxRelativeError(double[] analytic, double[] numeric, double absFloor) {
    if (analytic.length != numeric.length) {
      throw new IllegalArgumentException("lengths differ: " + analytic.length + " vs " + numeric.length);
    }
    double worst = 0;
    for (int i = 0; i < analytic.length; i++) {
      double a = analytic[i];
      double n = numeric[i];
      double diff = Math.abs(a - n);
      if (diff <= absFloor) {
        continue;
      }
      worst = Math.max(worst, diff / (Math.abs(a) + Math.abs(n)));
    }
    return worst;
  }

  /** ‖a − b‖ / ‖b‖, for comparing whole gradients. */
  public static double relativeNormError(double[] a, double[] b) {
    double num = 0;
    double den = 0;
    for (int i = 0; i < a.length; i++) {
      num += (a[i] - b[i]) * (a[i] - b[i]);
      den += b[i] * b[i];
    }
    return Math.sqrt(num) / Math.max(Math.sqrt(den), Double.MIN_NORMAL);
  }
}
