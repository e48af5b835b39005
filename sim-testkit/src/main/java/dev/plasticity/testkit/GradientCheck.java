package dev.plasticity.testkit;

import java.util.function.ToDoubleFunction;

/**
 * Central finite differences in double, and the relative error the best implementations
 * use: |a − n| / (|a| + |n|), with an absolute floor for values near zero.
 */
public final class GradientCheck {
  private GradientCheck() {}

  /** The finite-difference gradient of {@code f} at {@code x} (x is restored afterwards). */
  public static double[] numeric(ToDoubleFunction<double[]> f, double[] x, double eps) {
    double[] g = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      double keep = x[i];
      x[i] = keep + eps;
      double up = f.applyAsDouble(x);
      x[i] = keep - eps;
      double down = f.applyAsDouble(x);
      x[i] = keep;
      g[i] = (up - down) / (2 * eps);
    }
    return g;
  }

  /** The largest elementwise relative error, counting pairs within {@code absFloor} as equal. */
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

  /** Widens a float array to double. */
  public static double[] toDouble(float[] v, int n) {
    double[] d = new double[n];
    for (int i = 0; i < n; i++) {
      d[i] = v[i];
    }
    return d;
  }
}
