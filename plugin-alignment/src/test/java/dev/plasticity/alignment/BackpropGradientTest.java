package dev.plasticity.alignment;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plasticity.api.learn.BackwardSweep;
import dev.plasticity.api.learn.Parameter;
import dev.plasticity.api.learn.SoftmaxCrossEntropy;
import dev.plasticity.api.math.Rng;
import dev.plasticity.api.net.Network;
import dev.plasticity.api.net.Projection;
import dev.plasticity.testkit.GradientCheck;
import dev.plasticity.testkit.MockRuntime;
import org.junit.jupiter.api.Test;

/**
 * Backprop's gradient, in two links: the double-precision backprop matches central finite
 * differences to 1e-6 (relative), and the float rule on the runtime's network matches that
 * double gradient to float precision.
 */
class BackpropGradientTest {
  private final ReferenceMlp ref = new ReferenceMlp(5, 7, 6, 4);
  private final int batch = 3;

  private double[] floatRepresentableTheta() {
    Rng r = new Rng(17);
    double[] theta = new double[ref.parameterCount()];
    for (int i = 0; i < theta.length; i++) {
      theta[i] = (float) (0.6 * r.nextGaussian());
    }
    return theta;
  }

  private double[][] inputs() {
    Rng r = new Rng(18);
    double[][] x = new double[batch][ref.sizes[0]];
    for (double[] row : x) {
      for (int i = 0; i < row.length; i++) {
        row[i] = (float) r.nextGaussian();
      }
    }
    return x;
  }

  private final int[] labels = {1, 3, 0};

  @Test
  void doublePrecisionBackpropMatchesFiniteDifferences() {
    double[] theta = floatRepresentableTheta();
    double[][] x = inputs();
    double[] analytic = ref.gradient(theta, theta, x, labels);
    double[] numeric = GradientCheck.numeric(t -> ref.loss(t, x, labels), theta.clone(), 1e-5);
    double err = GradientCheck.maxRelativeError(analytic, numeric, 1e-10);
    assertTrue(err < 1e-6, "max relative error " + err);
  }

  @Test
  void theFloatRuleOnTheNetworkMatchesTheDoubleGradient() {
    double[] theta = floatRepresentableTheta();
    double[][] x = inputs();
    MockRuntime rt = MockRuntime.builder().layers(ref.sizes).present(false).train(false).build();
    Network net = rt.network();
    load(net, theta);
    net.useRows(batch);
    for (int s = 0; s < batch; s++) {
      for (int i = 0; i < ref.sizes[0]; i++) {
        net.input().activity().set(s, i, (float) x[s][i]);
      }
    }
    net.forwardAll();
    new SoftmaxCrossEntropy().evaluate(net.output(), labels);
    new BackwardSweep(net).run(p -> p.weights().value());
    double[] floatGrad = packGradients(net);
    double[] exact = ref.gradient(theta, theta, x, labels);
    double err = GradientCheck.relativeNormError(floatGrad, exact);
    assertTrue(err < 1e-5, "relative norm error " + err);
    for (Parameter p : rt.parameters().all()) {
      assertTrue(p.hasFreshGradient(), p.name() + " got a gradient");
    }
  }

  static void load(Network net, double[] theta) {
    int k = 0;
    for (Projection p : net.projections()) {
      float[] w = p.weights().value().data();
      for (int i = 0; i < p.weights().value().size(); i++) {
        w[i] = (float) theta[k++];
      }
      float[] b = p.bias().value().data();
      for (int i = 0; i < p.bias().value().size(); i++) {
        b[i] = (float) theta[k++];
      }
    }
  }

  static double[] packGradients(Network net) {
    int n = 0;
    for (Projection p : net.projections()) {
      n += p.weights().value().size() + p.bias().value().size();
    }
    double[] g = new double[n];
    int k = 0;
    for (Projection p : net.projections()) {
      for (int i = 0; i < p.weights().value().size(); i++) {
        g[k++] = p.weights().grad().data()[i];
      }
      for (int i = 0; i < p.bias().value().size(); i++) {
        g[k++] = p.bias().grad().data()[i];
      }
    }
    return g;
  }
}
