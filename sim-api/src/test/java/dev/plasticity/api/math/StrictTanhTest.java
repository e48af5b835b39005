package dev.plasticity.api.math;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import java.util.function.DoubleUnaryOperator;
import org.junit.jupiter.api.Test;

/** StrictTanh must be StrictMath's tanh and expm1 to the last bit, not merely close. */
class StrictTanhTest {
  /** Where a branch of fdlibm's tanh or expm1 changes, and the special values. */
  private static final double[] EDGES = {
    0.0, -0.0, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY,
    Double.MIN_VALUE, Double.MIN_NORMAL, Double.MAX_VALUE, 0x1p-55, 0x1p-54, 1e-300,
    0.5 * Math.log(2), 1.5 * Math.log(2), 56 * Math.log(2), 1.0, 22.0, 709.78, 709.79,
    710.0, 0.25, 20 * Math.log(2), 57 * Math.log(2), -38.0, -39.0, -40.0
  };

  @Test
  void tanhIsStrictMathsInEveryBit() {
    assertSameBits("tanh", StrictTanh::tanh, StrictMath::tanh, 30);
  }

  @Test
  void expm1IsStrictMathsInEveryBit() {
    assertSameBits("expm1", StrictTanh::expm1, StrictMath::expm1, 720);
  }

  /**
   * Every edge and its neighbours one and two ulps away, both signs; a million arguments
   * uniform on [−range, range] (where the values of a network's tanh lie); and a million
   * with uniform random bits in the exponent range 2^-60 to 2^10, so every branch of
   * expm1's reduction is visited at many scales.
   */
  private static void assertSameBits(String name, DoubleUnaryOperator ours,
      DoubleUnaryOperator reference, double range) {
    for (double edge : EDGES) {
      for (double x = edge, i = 0; i < 3; i++, x = Math.nextUp(x)) {
        check(name, ours, reference, x);
        check(name, ours, reference, -x);
        check(name, ours, reference, Math.nextDown(edge) - i * Math.ulp(edge));
      }
    }
    SplittableRandom rng = new SplittableRandom(17);
    for (int i = 0; i < 1_000_000; i++) {
      check(name, ours, reference, (2 * rng.nextDouble() - 1) * range);
      long mantissa = rng.nextLong() & 0x000fffffffffffffL;
      long exponent = 1023 - 60 + rng.nextInt(71);
      long sign = rng.nextBoolean() ? Long.MIN_VALUE : 0;
      check(name, ours, reference, Double.longBitsToDouble(sign | exponent << 52 | mantissa));
    }
  }

  private static void check(String name, DoubleUnaryOperator ours,
      DoubleUnaryOperator reference, double x) {
    double expected = reference.applyAsDouble(x);
    double actual = ours.applyAsDouble(x);
    if (Double.isNaN(expected)) {
      assertEquals(true, Double.isNaN(actual), name + "(" + x + ")");
      return;
    }
    long want = Double.doubleToRawLongBits(expected);
    long got = Double.doubleToRawLongBits(actual);
    assertEquals(want, got, () -> name + "(" + x + "): " + actual + " instead of " + expected);
  }
}
