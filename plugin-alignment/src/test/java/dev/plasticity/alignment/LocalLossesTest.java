package dev.plasticity.alignment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plasticity.api.learn.Adam;
import dev.plasticity.api.learn.SoftmaxCrossEntropy;
import dev.plasticity.api.math.Matrix;
import dev.plasticity.api.math.Rng;
import dev.plasticity.api.net.Network;
import dev.plasticity.api.net.Projection;
import dev.plasticity.testkit.GradientCheck;
import dev.plasticity.testkit.MockRuntime;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;

/**
 * The local losses against finite differences of a plain double-precision version: the
 * similarity loss with respect to its input, and a whole block's gradient (W, U, V) with
 * respect to its pred / sim / predsim loss; plus the detaching of block inputs.
 */
class LocalLossesTest {
  private static final int N = 4;

  /** S(x) in double, x row-major n × cols. */
  static double[][] similarity(double[] x, int n, int cols) {
    double[][] xn = new double[n][cols];
    for (int i = 0; i < n; i++) {
      double mean = 0;
      for (int j = 0; j < cols; j++) {
        mean += x[i * cols + j] / cols;
      }
      double sq = 0;
      for (int j = 0; j < cols; j++) {
        xn[i][j] = x[i * cols + j] - mean;
        sq += xn[i][j] * xn[i][j];
      }
      double den = SimilarityLoss.EPS + Math.sqrt(sq);
      for (int j = 0; j < cols; j++) {
        xn[i][j] /= den;
      }
    }
    double[][] s = new double[n][n];
    for (int i = 0; i < n; i++) {
      for (int k = 0; k < n; k++) {
        double v = 0;
        for (int j = 0; j < cols; j++) {
          v += xn[i][j] * xn[k][j];
        }
        s[i][k] = Math.max(-1, Math.min(1, v));
      }
    }
    return s;
  }

  static double simLoss(double[] r, double[][] target, int n, int cols) {
    double[][] s = similarity(r, n, cols);
    double l = 0;
    for (int i = 0; i < n; i++) {
      for (int k = 0; k < n; k++) {
        l += (s[i][k] - target[i][k]) * (s[i][k] - target[i][k]) / (n * n);
      }
    }
    return l;
  }

  @Test
  void similarityLossMatchesFiniteDifferences() {
    int cols = 6;
    double[] r = TestValues.gaussian(N * cols, 1, 1);
    double[][] target = similarity(TestValues.gaussian(N * 3, 2, 1), N, 3);
    Matrix rm = new Matrix(N, cols);
    for (int i = 0; i < r.length; i++) {
      rm.data()[i] = (float) r[i];
    }
    Matrix t = new Matrix(N, N);
    for (int i = 0; i < N; i++) {
      for (int k = 0; k < N; k++) {
        t.set(i, k, (float) target[i][k]);
      }
    }
    Matrix grad = new Matrix(N, cols);
    double loss = new SimilarityLoss(N, cols).evaluate(rm, t, 1f, grad);
    assertEquals(simLoss(r, target, N, cols), loss, 1e-6);
    double[] numeric = GradientCheck.numeric(x -> simLoss(x, target, N, cols), r.clone(), 1e-6);
    double err = GradientCheck.maxRelativeError(GradientCheck.toDouble(grad.data(), grad.size()), numeric, 1e-6);
    assertTrue(err < 1e-3, "max relative error " + err);
  }

  /**
   * A 3-5-3 network's first block, in double: h = tanh(x Wᵀ + b);
   * L = wp·CE(h Uᵀ + c, y) + ws·MSE(S(h Vᵀ), S(onehot y)).
   */
  static double blockLoss(double[] w, double[] u, double[] v, double[] x, int[] y, double wp, double ws) {
    int in = 3;
    int hid = 5;
    int cls = 3;
    double[] h = new double[N * hid];
    for (int s = 0; s < N; s++) {
      for (int j = 0; j < hid; j++) {
        double a = 0;
        for (int i = 0; i < in; i++) {
          a += w[j * in + i] * x[s * in + i];
        }
        h[s * hid + j] = Math.tanh(a);
      }
    }
    double loss = 0;
    if (wp > 0) {
      double ce = 0;
      for (int s = 0; s < N; s++) {
        double[] z = new double[cls];
        double max = Double.NEGATIVE_INFINITY;
        for (int c = 0; c < cls; c++) {
          for (int j = 0; j < hid; j++) {
            z[c] += u[c * hid + j] * h[s * hid + j];
          }
          max = Math.max(max, z[c]);
        }
        double sum = 0;
        for (double zc : z) {
          sum += Math.exp(zc - max);
        }
        ce += (Math.log(sum) + max - z[y[s]]) / N;
      }
      loss += wp * ce;
    }
    if (ws > 0) {
      double[] r = new double[N * hid];
      for (int s = 0; s < N; s++) {
        for (int k = 0; k < hid; k++) {
          for (int j = 0; j < hid; j++) {
            r[s * hid + k] += v[k * hid + j] * h[s * hid + j];
          }
        }
      }
      double[] code = new double[N * cls];
      for (int s = 0; s < N; s++) {
        code[s * cls + y[s]] = 1;
      }
      loss += ws * simLoss(r, similarity(code, N, cls), N, hid);
    }
    return loss;
  }

  private static double[] floats(Matrix m) {
    return GradientCheck.toDouble(m.data(), m.size());
  }

  @Test
  void blockGradientsMatchFiniteDifferencesOfTheLocalLoss() {
    for (LocalObjective objective : LocalObjective.values()) {
      LocalLosses rule = new LocalLosses(objective, 0.6, false, 8, 0, null);
      MockRuntime rt = MockRuntime.builder().layers(3, 5, 3).present(false).train(false).build().install(rule);
      Network net = rt.network();
      Projection first = net.projections().get(0);
      first.bias().value().fill(0f);
      boolean pred = rule.predWeight() > 0;
      boolean sim = rule.simWeight() > 0;
      if (pred) {
        Matrix u = rt.parameters().get("l1.U").value(); // zero-initialised, as the paper does
        assertEquals(0, u.data()[0]);
        double[] uv = TestValues.gaussian(u.size(), 4, 0.5);
        for (int i = 0; i < uv.length; i++) {
          u.data()[i] = (float) uv[i];
        }
      }
      double[] x = TestValues.gaussian(N * 3, 5, 1);
      int[] y = {0, 2, 1, 2};
      net.useRows(N);
      for (int i = 0; i < x.length; i++) {
        net.input().activity().data()[i] = (float) x[i];
      }
      rt.context().batch().setSize(N);
      System.arraycopy(y, 0, rt.context().batch().labels(), 0, N);
      net.forwardAll();
      new SoftmaxCrossEntropy().evaluate(net.output(), y);
      rt.runTicks(1);
      double[] w = floats(first.weights().value());
      double[] u = pred ? floats(rt.parameters().get("l1.U").value()) : null;
      double[] v = sim ? floats(rt.parameters().get("l1.V").value()) : null;
      double wp = rule.predWeight();
      double ws = rule.simWeight();
      check(objective + " dL/dW", floats(first.weights().grad()),
          ww -> blockLoss(ww, u, v, x, y, wp, ws), w);
      if (pred) {
        check(objective + " dL/dU", floats(rt.parameters().get("l1.U").grad()),
            uu -> blockLoss(w, uu, v, x, y, wp, ws), u);
      }
      if (sim) {
        check(objective + " dL/dV", floats(rt.parameters().get("l1.V").grad()),
            vv -> blockLoss(w, u, vv, x, y, wp, ws), v);
      }
    }
  }

  private static void check(String what, double[] analytic, ToDoubleFunction<double[]> f, double[] at) {
    double[] numeric = GradientCheck.numeric(f, at.clone(), 1e-6);
    double err = GradientCheck.relativeNormError(analytic, numeric);
    assertTrue(err < 1e-3, what + ": relative norm error " + err);
  }

  @Test
  void noErrorCrossesBlocks() {
    // two hidden blocks: the first block's error depends only on its own loss, so changing
    // the second block's weights leaves it unchanged
    float[] a = firstBlockGradient(0f);
    float[] b = firstBlockGradient(0.3f);
    assertTrue(java.util.Arrays.equals(a, b), "the first block saw the second one's weights");
  }

  private static float[] firstBlockGradient(float shift) {
    MockRuntime rt = MockRuntime.builder().layers(4, 8, 8, 3).seed(2).build()
        .install(new LocalLosses(LocalObjective.PREDSIM, 0.99, false, 8, 0, null));
    Matrix w2 = rt.network().projections().get(1).weights().value();
    for (int i = 0; i < w2.size(); i++) {
      w2.data()[i] += shift;
    }
    rt.runTicks(1);
    return rt.network().projections().get(0).weights().grad().data().clone();
  }

  @Test
  void dropoutIsSeededAndOnlyInTraining() {
    MockRuntime rt = MockRuntime.builder().layers(4, 32, 3).build()
        .install(new LocalLosses(LocalObjective.PRED, 0.99, false, 8, 0.5, new Adam(1e-3, 0.9, 0.999, 1e-8, 0)));
    rt.runTicks(1);
    Matrix h = rt.network().population("l1").activity();
    int zeros = 0;
    for (int i = 0; i < h.size(); i++) {
      zeros += h.data()[i] == 0f ? 1 : 0;
    }
    assertTrue(zeros > h.size() / 4 && zeros < 3 * h.size() / 4, zeros + " of " + h.size() + " dropped");
    assertTrue(rt.parameters().get("l0->l1.W").optimizer() instanceof Adam, "the block's own optimizer");
    assertFalse(rt.parameters().get("l1->l2.W").optimizer() instanceof Adam, "the output layer keeps the scenario's");
    rt.network().forwardAll();
    int after = 0;
    for (int i = 0; i < h.size(); i++) {
      after += h.data()[i] == 0f ? 1 : 0;
    }
    assertEquals(0, after, "a plain forward pass (evaluation) has no dropout");
  }

  @Test
  void bioVariantsUseFixedRandomMapsAndStillLearn() {
    MockRuntime rt = MockRuntime.builder().layers(4, 16, 16, 3).seed(5).build()
        .install(new dev.plasticity.api.learn.StandardMetrics.TrainLoss())
        .install(new LocalLosses(LocalObjective.PREDSIM, 0.5, true, 32, 0, null));
    assertFalse(rt.parameters().contains("l1.V"), "bio sim compares h itself");
    assertFalse(rt.parameters().get("l1.P").trainable());
    assertFalse(rt.parameters().get("l1.U.B").trainable());
    assertEquals(32, rt.parameters().get("l1.P").value().cols());
    float[] pBefore = rt.parameters().get("l1.P").value().data().clone();
    rt.runEpochs(30);
    var loss = rt.recorded("train-loss");
    assertTrue(loss.get(loss.size() - 1) < 0.8 * loss.get(0), "train loss " + loss.get(0) + " -> " + loss.get(loss.size() - 1));
    assertTrue(java.util.Arrays.equals(pBefore, rt.parameters().get("l1.P").value().data()), "P is fixed");
  }
}
