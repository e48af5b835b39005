package dev.plasticity.testkit;

import dev.plasticity.api.math.FiniteDifferences;
import java.util.function.ToDoubleFunction;

/**
 * Central finite differences in double, and the relative error the best implementations
 * use: |a − n| / (|a| + |n|), with an absolute floor for values near zero. The arithmetic
 * lives in sim-api's {@link FiniteDifferences}; this is the testkit's name for it.
 */
public final class GradientCheck {
  private GradientCheck() {}

  /** The finite-difference gradient of {@code f} at {@code x} (x is restored afterwards). */
  public static double[] numeric(ToDoubleFunction<double[]> f, double[] x, double eps) {
    return FiniteDifferences.gradient(f, x, eps);
  }

  /** The largest elementwise relative error, counting pairs within {@code absFloor} as equal. */
  public static double maxRelativeError(double[] analytic, double[] numeric, double absFloor) {
    return FiniteDifferences.maxRelativeError(analytic, numeric, absFloor);
  }

  /** ‖a − b‖ / ‖b‖, for comparing whole gradients. */
  public static double relativeNormError(double[] a, double[] b) {
    return FiniteDifferences.relativeNormError(a, b);
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
