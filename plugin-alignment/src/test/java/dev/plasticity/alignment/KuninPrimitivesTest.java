package dev.plasticity.alignment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plasticity.api.math.Matrix;
import dev.plasticity.api.math.Rng;
import dev.plasticity.testkit.GradientCheck;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

/**
 * Each primitive's ∂R/∂B, as the float code computes it, against central finite
 * differences of R written out plainly in double; and R's float value against the same
 * double R.
 */
class KuninPrimitivesTest {
  private static final int OUT = 4;
  private static final int IN = 6;
  private static final int N = 5;

  private static Matrix matrix(double[] v, int rows, int cols) {
    Matrix m = new Matrix(rows, cols);
    for (int i = 0; i < v.length; i++) {
      m.data()[i] = (float) v[i];
    }
    return m;
  }

  /** x Mᵀ for row-major x (N × IN) and M (OUT × IN). */
  private static double[][] project(double[] x, double[] m) {
    double[][] p = new double[N][OUT];
    for (int s = 0; s < N; s++) {
      for (int j = 0; j < OUT; j++) {
        for (int i = 0; i < IN; i++) {
          p[s][j] += x[s * IN + i] * m[j * IN + i];
        }
      }
    }
    return p;
  }

  /** The primitive, plainly, in double. */
  static double reference(Primitive prim, double[] w, double[] b, double[] x) {
    double[][] pf = project(x, w);
    double[][] pb = project(x, b);
    double r = 0;
    switch (prim) {
      case DECAY -> {
        for (int i = 0; i < w.length; i++) {
          r += w[i] * w[i] + b[i] * b[i];
        }
      }
      case SELF -> {
        for (int i = 0; i < w.length; i++) {
          r -= w[i] * b[i];
        }
      }
      case SPARSE -> {
        for (int s = 0; s < N; s++) {
          for (int j = 0; j < OUT; j++) {
            r += (pf[s][j] * pf[s][j] + pb[s][j] * pb[s][j]) / N;
          }
        }
      }
      case AMP -> {
        for (int s = 0; s < N; s++) {
          for (int j = 0; j < OUT; j++) {
            r -= pf[s][j] * pb[s][j] / N;
          }
        }
      }
      case NULL -> {
        for (int s = 0; s < N; s++) {
          for (int i = 0; i < IN; i++) {
            double rec = -x[s * IN + i];
            for (int j = 0; j < OUT; j++) {
              rec += pf[s][j] * b[j * IN + i];
            }
            r += rec * rec / N;
          }
        }
      }
      default -> throw new IllegalStateException();
    }
    return r;
  }

  @ParameterizedTest
  @EnumSource(Primitive.class)
  void gradientWithRespectToBMatchesFiniteDifferencesOfR(Primitive prim) {
    double[] w = TestValues.gaussian(OUT * IN, 1, 0.5);
    double[] b = TestValues.gaussian(OUT * IN, 2, 0.5);
    double[] x = TestValues.gaussian(N * IN, 3, 1.0);
    double weight = 0.7;
    KuninRegularizer reg = new KuninRegularizer(List.of(new KuninTerm(prim, weight)), OUT, IN, N);
    Matrix grad = new Matrix(OUT, IN);
    reg.gradient(matrix(w, OUT, IN), matrix(b, OUT, IN), matrix(x, N, IN), grad);
    double[] numeric = GradientCheck.numeric(bb -> weight * reference(prim, w, bb, x), b.clone(), 1e-6);
    double[] analytic = GradientCheck.toDouble(grad.data(), grad.size());
    double err = GradientCheck.maxRelativeError(analytic, numeric, 1e-5);
    assertTrue(err < 1e-4, prim + ": max relative error " + err);
    double norm = 0;
    for (double v : numeric) {
      norm += v * v;
    }
    assertTrue(norm > 1e-6, prim + ": the check needs a non-zero gradient");
    double value = reg.value(matrix(w, OUT, IN), matrix(b, OUT, IN), matrix(x, N, IN));
    double exact = weight * reference(prim, w, b, x);
    assertEquals(exact, value, 1e-5 * Math.max(1, Math.abs(exact)), prim + ": R");
  }

  @Test
  void termsAddUp() {
    double[] w = TestValues.gaussian(OUT * IN, 4, 0.5);
    double[] b = TestValues.gaussian(OUT * IN, 5, 0.5);
    double[] x = TestValues.gaussian(N * IN, 6, 1.0);
    List<KuninTerm> terms = List.of(new KuninTerm(Primitive.SPARSE, 0.3), new KuninTerm(Primitive.AMP, -1.5),
        new KuninTerm(Primitive.NULL, 0.2), new KuninTerm(Primitive.SELF, 2), new KuninTerm(Primitive.DECAY, 0.1));
    KuninRegularizer reg = new KuninRegularizer(terms, OUT, IN, N);
    Matrix grad = new Matrix(OUT, IN);
    reg.gradient(matrix(w, OUT, IN), matrix(b, OUT, IN), matrix(x, N, IN), grad);
    double[] numeric = GradientCheck.numeric(bb -> {
      double r = 0;
      for (KuninTerm t : terms) {
        r += t.weight() * reference(t.primitive(), w, bb, x);
      }
      return r;
    }, b.clone(), 1e-6);
    double err = GradientCheck.maxRelativeError(GradientCheck.toDouble(grad.data(), grad.size()), numeric, 1e-5);
    assertTrue(err < 1e-4, "max relative error " + err);
  }

  @Test
  void activationAlignmentGradientIsTheClosedForm() {
    // REFERENCES.md: for AA, ∂R/∂B = (2αB − βW)·mean(xᵀx).
    double alpha = 0.1;
    double beta = 0.2;
    double[] w = TestValues.gaussian(OUT * IN, 7, 0.5);
    double[] b = TestValues.gaussian(OUT * IN, 8, 0.5);
    double[] x = TestValues.gaussian(N * IN, 9, 1.0);
    KuninRegularizer reg = new KuninRegularizer(
        new ActivationAlignment(alpha, beta, 0, null).rule().terms(), OUT, IN, N);
    Matrix grad = new Matrix(OUT, IN);
    reg.gradient(matrix(w, OUT, IN), matrix(b, OUT, IN), matrix(x, N, IN), grad);
    for (int j = 0; j < OUT; j++) {
      for (int i = 0; i < IN; i++) {
        double v = 0;
        for (int k = 0; k < IN; k++) {
          double c = 0;
          for (int s = 0; s < N; s++) {
            c += x[s * IN + k] * x[s * IN + i] / N;
          }
          v += (2 * alpha * b[j * IN + k] - beta * w[j * IN + k]) * c;
        }
        assertEquals(v, grad.get(j, i), 1e-5, "(" + j + ", " + i + ")");
      }
    }
  }
}
