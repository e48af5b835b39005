package dev.plasticity.api.math;

/**
 * tanh in double, bit for bit {@link StrictMath#tanh} (fdlibm's algorithm: tanh from expm1,
 * expm1 by argument reduction x = k·ln2 + r and a rational approximation on r), written in
 * Java so that the JIT compiles it inline.
 *
 * <p>Why: on Java 17 {@code Math.tanh} is {@code StrictMath.tanh}, a native call, and each
 * call pays the crossing into C. The recurrent cells and attention scores of plugin-bptt
 * make tens of millions of such calls per run in double; most of a run went there. Being the
 * same function to the last bit, this keeps every earlier result byte-identical
 * (StrictTanhTest compares the two on a million arguments and every branch's edges).
 */
public final class StrictTanh {
  private static final double TINY = 1.0e-300;
  private static final double HUGE = 1.0e+300;
  private static final double O_THRESHOLD = 7.09782712893383973096e+02;
  private static final double LN2_HI = 6.93147180369123816490e-01;
  private static final double LN2_LO = 1.90821492927058770002e-10;
  private static final double INV_LN2 = 1.44269504088896338700e+00;
  // expm1's rational approximation on [−0.5·ln2, 0.5·ln2], scaled as in fdlibm.
  private static final double Q1 = -3.33333333333331316428e-02;
  private static final double Q2 = 1.58730158725481460165e-03;
  private static final double Q3 = -7.93650757867487942473e-05;
  private static final double Q4 = 4.00821782732936239552e-06;
  private static final double Q5 = -2.01099218183624371326e-07;

  private StrictTanh() {}

  /** tanh(x), equal in every bit to {@code StrictMath.tanh(x)}. */
  public static double tanh(double x) {
    int jx = high(x);
    int ix = jx & 0x7fffffff;
    if (ix >= 0x7ff00000) { // ±inf → ±1; NaN → NaN
      return jx >= 0 ? 1.0 / x + 1.0 : 1.0 / x - 1.0;
    }
    double z;
    if (ix < 0x40360000) { // |x| < 22
      if (ix < 0x3c800000) { // |x| < 2^-55: tanh(x) rounds to x
        return x * (1.0 + x);
      }
      if (ix >= 0x3ff00000) { // |x| ≥ 1
        double t = expm1(2.0 * Math.abs(x));
        z = 1.0 - 2.0 / (t + 2.0);
      } else {
        double t = expm1(-2.0 * Math.abs(x));
        z = -t / (t + 2.0);
      }
    } else { // |x| ≥ 22: ±1 in double
      z = 1.0 - TINY;
    }
    return jx >= 0 ? z : -z;
  }

  /** e^x − 1, bit for bit {@code StrictMath.expm1(x)}. */
  public static double expm1(double x) {
    int hx = high(x);
    boolean negative = hx < 0;
    hx &= 0x7fffffff;
    if (hx >= 0x4043687A) { // |x| ≥ 56·ln2
      if (hx >= 0x40862E42) { // |x| ≥ 709.78
        if (hx >= 0x7ff00000) {
          if (Double.isNaN(x)) {
            return x + x;
          }
          return negative ? -1.0 : x;
        }
        if (x > O_THRESHOLD) {
          return HUGE * HUGE; // overflow to +inf
        }
      }
      if (negative && x + TINY < 0.0) {
        return TINY - 1.0; // −1 with the inexact flag, as fdlibm
      }
    }
    double hi;
    double lo;
    double c = 0;
    int k;
    if (hx > 0x3fd62e42) { // |x| > 0.5·ln2: reduce to r = x − k·ln2
      if (hx < 0x3FF0A2B2) { // and |x| < 1.5·ln2
        if (!negative) {
          hi = x - LN2_HI;
          lo = LN2_LO;
          k = 1;
        } else {
          hi = x + LN2_HI;
          lo = -LN2_LO;
          k = -1;
        }
      } else {
        k = (int) (INV_LN2 * x + (negative ? -0.5 : 0.5));
        double t = k;
        hi = x - t * LN2_HI; // exact: LN2_HI has trailing zero bits
        lo = t * LN2_LO;
      }
      x = hi - lo;
      c = (hi - x) - lo;
    } else if (hx < 0x3c900000) { // |x| < 2^-54: e^x − 1 rounds to x
      double t = HUGE + x;
      return x - (t - (HUGE + x));
    } else {
      k = 0;
    }
    double hfx = 0.5 * x;
    double hxs = x * hfx;
    double r1 = 1.0 + hxs * (Q1 + hxs * (Q2 + hxs * (Q3 + hxs * (Q4 + hxs * Q5))));
    double t = 3.0 - r1 * hfx;
    double e = hxs * ((r1 - t) / (6.0 - x * t));
    if (k == 0) {
      return x - (x * e - hxs);
    }
    e = x * (e - c) - c;
    e -= hxs;
    if (k == -1) {
      return 0.5 * (x - e) - 0.5;
    }
    if (k == 1) {
      return x < -0.25 ? -2.0 * (e - (x + 0.5)) : 1.0 + 2.0 * (x - e);
    }
    if (k <= -2 || k > 56) { // e^x − 1 is e^x to double precision
      double y = 1.0 - (e - x);
      return scale(y, k) - 1.0;
    }
    if (k < 20) {
      double t1 = withHigh(0x3ff00000 - (0x200000 >> k)); // 1 − 2^-k
      double y = t1 - (e - x);
      return scale(y, k);
    }
    double t2 = withHigh((0x3ff - k) << 20); // 2^-k
    double y = x - (e + t2);
    y += 1.0;
    return scale(y, k);
  }

  /** The high 32 bits of x's IEEE representation. */
  private static int high(double x) {
    return (int) (Double.doubleToRawLongBits(x) >> 32);
  }

  /** The double whose high word is h and low word 0. */
  private static double withHigh(int h) {
    return Double.longBitsToDouble((long) h << 32);
  }

  /** y·2^k by adding k to the exponent field (fdlibm's {@code __HI(y) += k << 20}). */
  private static double scale(double y, int k) {
    return Double.longBitsToDouble(Double.doubleToRawLongBits(y) + ((long) k << 52));
  }
}
