package dev.plasticity.alignment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plasticity.api.learn.Initializers;
import dev.plasticity.api.math.Matrix;
import dev.plasticity.api.math.Ops;
import dev.plasticity.api.net.Network;
import dev.plasticity.api.net.Projection;
import dev.plasticity.testkit.GradientCheck;
import dev.plasticity.testkit.MockRuntime;
import org.junit.jupiter.api.Test;

/** LRA's Cauchy loss against finite differences, its update bound and its targets. */
class LraTest {
  private static Matrix matrix(double[] v, int rows, int cols) {
    Matrix m = new Matrix(rows, cols);
    for (int i = 0; i < v.length; i++) {
      m.data()[i] = (float) v[i];
    }
    return m;
  }

  private static double cauchy(double[] h, double[] y) {
    double l = 0;
    for (int i = 0; i < h.length; i++) {
      l += Math.log(1 + (y[i] - h[i]) * (y[i] - h[i]));
    }
    return l;
  }

  @Test
  void cauchyLossMatchesFiniteDifferences() {
    double[] h = TestValues.gaussian(12, 1, 1);
    double[] y = TestValues.gaussian(12, 2, 1.5);
    Matrix grad = new Matrix(3, 4);
    double value = CauchyLoss.evaluate(matrix(h, 3, 4), matrix(y, 3, 4), 0.5f, grad);
    assertEquals(0.5 * cauchy(h, y), value, 1e-6);
    double[] numeric = GradientCheck.numeric(hh -> 0.5 * cauchy(hh, y), h.clone(), 1e-6);
    double err = GradientCheck.maxRelativeError(GradientCheck.toDouble(grad.data(), 12), numeric, 1e-7);
    assertTrue(err < 1e-4, "max relative error " + err);
  }

  @Test
  void everyUpdateIsBoundedByC1() {
    double c1 = 0.01;
    MockRuntime rt = MockRuntime.builder().layers(4, 16, 16, 3).build().install(new LraDiff(c1, 1, 0.1));
    rt.runTicks(1);
    for (Projection p : rt.network().projections()) {
      assertTrue(Ops.norm(p.weights().grad()) <= c1 * (1 + 1e-5), p.id() + ": " + Ops.norm(p.weights().grad()));
    }
  }

  @Test
  void theHiddenErrorIsTheCauchyErrorOfTheMovedTarget() {
    double beta = 0.3;
    MockRuntime rt = MockRuntime.builder().layers(4, 16, 3).present(true).train(true).build()
        .install(new LraFeedback(1e6, 1, beta, new Initializers.Normal(0.5)));
    rt.runTicks(1);
    Network net = rt.network();
    int n = net.input().activity().rows();
    Matrix e = net.output().error();
    Matrix eMat = rt.parameters().get("l1->l2.B").value();
    Matrix d = new Matrix(n, 16);
    dev.plasticity.api.math.Linalg.mul(e, eMat, d);
    Matrix h = net.population("l1").activity();
    Matrix delta = net.population("l1").error();
    for (int i = 0; i < d.size(); i++) {
      double move = beta * n * d.data()[i]; // y − h = −β (e E), e the per-sample error n·δ
      double expected = 2 * move / (1 + move * move) / n * (1 - h.data()[i] * h.data()[i]);
      assertEquals(expected, delta.data()[i], 1e-6 + 1e-4 * Math.abs(expected), "entry " + i);
    }
  }

  @Test
  void moreTargetIterationsMoveTheTargetFurther() {
    float[] one = hiddenError(1);
    float[] three = hiddenError(3);
    assertFalse(java.util.Arrays.equals(one, three), "K had no effect");
  }

  private static float[] hiddenError(int k) {
    MockRuntime rt = MockRuntime.builder().layers(4, 16, 16, 3).seed(4).build().install(new LraDiff(1e6, k, 0.5));
    rt.runTicks(1);
    return rt.network().population("l1").error().data().clone();
  }
}
