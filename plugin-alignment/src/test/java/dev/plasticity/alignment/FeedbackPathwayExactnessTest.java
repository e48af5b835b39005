package dev.plasticity.alignment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plasticity.api.learn.BackwardSweep;
import dev.plasticity.api.learn.CreditRule;
import dev.plasticity.api.learn.Initializers;
import dev.plasticity.api.learn.SoftmaxCrossEntropy;
import dev.plasticity.api.math.Matrix;
import dev.plasticity.api.math.Rng;
import dev.plasticity.api.net.Network;
import dev.plasticity.api.net.Projection;
import dev.plasticity.testkit.GradientCheck;
import dev.plasticity.testkit.MockRuntime;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * FA and DFA against the double-precision reference: with B = W (FA) or B = W_out on one
 * hidden layer (DFA) they reproduce backprop's gradients bit for bit, and with random B
 * they match the reference's FA / DFA gradients to float precision.
 */
class FeedbackPathwayExactnessTest {
  private static final int BATCH = 3;
  private static final int[] LABELS = {1, 3, 0};

  private static double[] theta(ReferenceMlp ref, long seed) {
    Rng r = new Rng(seed);
    double[] t = new double[ref.parameterCount()];
    for (int i = 0; i < t.length; i++) {
      t[i] = (float) (0.6 * r.nextGaussian());
    }
    return t;
  }

  private static double[][] inputs(int dim) {
    Rng r = new Rng(18);
    double[][] x = new double[BATCH][dim];
    for (double[] row : x) {
      for (int i = 0; i < dim; i++) {
        row[i] = (float) r.nextGaussian();
      }
    }
    return x;
  }

  /** Installs the rule, lets {@code setB} fix its B, runs forward, loss and one FEEDBACK. */
  private static double[] ruleGradient(ReferenceMlp ref, double[] theta, double[][] x, CreditRule rule,
      Consumer<MockRuntime> setB) {
    MockRuntime rt = MockRuntime.builder().layers(ref.sizes).present(false).train(false).build();
    rt.install(rule);
    Network net = rt.network();
    BackpropGradientTest.load(net, theta);
    setB.accept(rt);
    prepare(net, x);
    rt.runTicks(1);
    return BackpropGradientTest.packGradients(net);
  }

  private static void prepare(Network net, double[][] x) {
    net.useRows(BATCH);
    for (int s = 0; s < BATCH; s++) {
      for (int i = 0; i < x[s].length; i++) {
        net.input().activity().set(s, i, (float) x[s][i]);
      }
    }
    net.forwardAll();
    new SoftmaxCrossEntropy().evaluate(net.output(), LABELS);
  }

  private static double[] backpropGradient(ReferenceMlp ref, double[] theta, double[][] x) {
    MockRuntime rt = MockRuntime.builder().layers(ref.sizes).present(false).train(false).build();
    BackpropGradientTest.load(rt.network(), theta);
    prepare(rt.network(), x);
    new BackwardSweep(rt.network()).run(p -> p.weights().value());
    return BackpropGradientTest.packGradients(rt.network());
  }

  /** m ← values[offset ...], rounded to float. */
  private static void fill(Matrix m, double[] values, int offset) {
    for (int i = 0; i < m.size(); i++) {
      m.data()[i] = (float) values[offset + i];
    }
  }

  private static Matrix b(MockRuntime rt, String name) {
    return rt.parameters().get(name).value();
  }

  @Test
  void feedbackAlignmentWithBEqualToWIsBackpropExactly() {
    ReferenceMlp ref = new ReferenceMlp(5, 7, 6, 4);
    double[] theta = theta(ref, 17);
    double[][] x = inputs(5);
    double[] fa = ruleGradient(ref, theta, x, new FeedbackAlignment(new Initializers.XavierUniform(1)), rt -> {
      for (Projection p : rt.network().projections()) {
        if (p.source() != rt.network().input()) {
          b(rt, p.id() + ".B").copyFrom(p.weights().value());
        }
      }
    });
    assertArrayEquals(backpropGradient(ref, theta, x), fa, 0.0, "FA with B = W is not backprop");
    double err = GradientCheck.relativeNormError(fa, ref.gradient(theta, theta, x, LABELS));
    assertTrue(err < 1e-5, "against the double backprop: " + err);
  }

  @Test
  void feedbackAlignmentWithRandomBMatchesTheDoubleReference() {
    ReferenceMlp ref = new ReferenceMlp(5, 7, 6, 4);
    double[] theta = theta(ref, 17);
    double[] feedback = theta(ref, 99);
    double[][] x = inputs(5);
    double[] fa = ruleGradient(ref, theta, x, new FeedbackAlignment(new Initializers.XavierUniform(1)), rt -> {
      for (Projection p : rt.network().projections()) {
        if (p.source() != rt.network().input()) {
          fill(b(rt, p.id() + ".B"), feedback, ref.offset(p.index() + 1));
        }
      }
    });
    double[] exact = ref.gradient(theta, feedback, x, LABELS);
    double err = GradientCheck.relativeNormError(fa, exact);
    assertTrue(err < 1e-5, "relative norm error " + err);
    double fromBackprop = GradientCheck.relativeNormError(fa, ref.gradient(theta, theta, x, LABELS));
    assertTrue(fromBackprop > 1e-2, "random B must differ from backprop, got " + fromBackprop);
  }

  @Test
  void directFeedbackAlignmentOnOneHiddenLayerWithBEqualToWoutIsBackpropExactly() {
    ReferenceMlp ref = new ReferenceMlp(5, 7, 4);
    double[] theta = theta(ref, 21);
    double[][] x = inputs(5);
    double[] dfa = ruleGradient(ref, theta, x, new DirectFeedbackAlignment(new Initializers.XavierUniform(1)),
        rt -> {
          Projection out = rt.network().projections().get(1);
          b(rt, out.id() + ".B").copyFrom(out.weights().value());
        });
    assertArrayEquals(backpropGradient(ref, theta, x), dfa, 0.0, "DFA with B = W_out is not backprop");
    double err = GradientCheck.relativeNormError(dfa, ref.gradient(theta, theta, x, LABELS));
    assertTrue(err < 1e-5, "against the double backprop: " + err);
  }

  @Test
  void directFeedbackAlignmentOnTwoHiddenLayersMatchesTheDoubleReference() {
    ReferenceMlp ref = new ReferenceMlp(5, 7, 6, 4);
    double[] theta = theta(ref, 23);
    double[][] x = inputs(5);
    double[][] direct = new double[4][];
    Rng r = new Rng(5);
    for (int l = 1; l <= 2; l++) {
      direct[l] = new double[4 * ref.sizes[l]];
      for (int i = 0; i < direct[l].length; i++) {
        direct[l][i] = (float) r.nextGaussian();
      }
    }
    double[] dfa = ruleGradient(ref, theta, x, new DirectFeedbackAlignment(new Initializers.XavierUniform(1)),
        rt -> {
          String[] names = {null, "l1.dfa.B", "l2->l3.B"};
          for (int l = 1; l <= 2; l++) {
            fill(b(rt, names[l]), direct[l], 0);
          }
        });
    double err = GradientCheck.relativeNormError(dfa, ref.directGradient(theta, direct, x, LABELS));
    assertTrue(err < 1e-5, "relative norm error " + err);
  }
}
