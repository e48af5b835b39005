package dev.plasticity.alignment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plasticity.api.config.ConfigException;
import dev.plasticity.api.learn.CreditRule;
import dev.plasticity.api.learn.Initializers;
import dev.plasticity.api.learn.Parameter;
import dev.plasticity.api.learn.Parameters;
import dev.plasticity.api.learn.StandardMetrics;
import dev.plasticity.api.math.Matrix;
import dev.plasticity.api.math.Rng;
import dev.plasticity.api.net.Activations;
import dev.plasticity.api.net.BoundOperator;
import dev.plasticity.api.net.Conv2d;
import dev.plasticity.api.net.Dense;
import dev.plasticity.api.net.MaxPool;
import dev.plasticity.api.net.Network;
import dev.plasticity.api.net.Operator;
import dev.plasticity.api.net.Population;
import dev.plasticity.api.net.Projection;
import dev.plasticity.api.net.Shape;
import dev.plasticity.testkit.MockRuntime;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The alignment rules on a convolutional network, which they run on without knowing it:
 * in 1x8x8 --conv 3x3--> c1 4x6x6 tanh --max-pool 2--> p1 4x3x3 --conv 2x2--> c2 6x2x2
 * tanh --dense--> out 3.
 */
class ConvRulesTest {
  private static final Initializers.XavierUniform XAVIER = new Initializers.XavierUniform(1);
  static final String CONV1 = "in->c1";
  static final String POOL = "c1->p1";
  static final String CONV2 = "p1->c2";
  static final String DENSE = "c2->out";

  static Network convNet(Parameters params, Rng rng) {
    var tanh = new Activations.Tanh();
    var id = new Activations.Identity();
    Population in = new Population("in", Shape.image(1, 8, 8), id);
    Network net = new Network(in);
    Population c1 = net.add(new Population("c1", Shape.image(4, 6, 6), tanh));
    Population p1 = net.add(new Population("p1", Shape.image(4, 3, 3), id));
    Population c2 = net.add(new Population("c2", Shape.image(6, 2, 2), tanh));
    Population out = net.add(new Population("out", 3, id));
    Population[][] ends = {{in, c1}, {c1, p1}, {p1, c2}, {c2, out}};
    Operator[] ops = {new Conv2d(null, 3, 1, 0), new MaxPool(2, null, 0), new Conv2d(6, 2, 1, 0),
        new Dense()};
    for (int i = 0; i < ops.length; i++) {
      Population s = ends[i][0];
      Population t = ends[i][1];
      String name = s.id() + "->" + t.id();
      BoundOperator op = ops[i].bind(s.shape(), t.shape());
      Parameter w = null;
      Parameter b = null;
      if (op.hasWeights()) {
        w = params.add(new Parameter(name + ".W", op.weightRows(), op.weightCols(), true));
        XAVIER.init(w.value(), op.fanIn(), op.fanOut(), rng);
        b = params.add(new Parameter(name + ".b", 1, op.biasSize(), true));
      }
      net.connect(new Projection(name, i, s, t, w, b, op));
    }
    return net;
  }

  private static MockRuntime runtime(long seed) {
    return MockRuntime.builder().network(ConvRulesTest::convNet).seed(seed).batchSize(8).build();
  }

  private static Parameter param(MockRuntime rt, String name) {
    return rt.parameters().get(name);
  }

  @Test
  void feedbackAlignmentWithBEqualToWIsBackpropBitForBit() {
    MockRuntime bp = runtime(4).install(new Backprop());
    MockRuntime fa = runtime(4).install(new FeedbackAlignment(XAVIER));
    for (String p : List.of(CONV2, DENSE)) {
      param(fa, p + ".B").value().copyFrom(param(fa, p + ".W").value());
    }
    assertFalse(fa.parameters().contains(POOL + ".B"), "pooling has no weights, so no B");
    assertFalse(fa.parameters().contains(CONV1 + ".B"), "the input needs no error");
    bp.runTicks(1);
    fa.runTicks(1);
    for (String p : List.of(CONV1, CONV2, DENSE)) {
      for (String k : List.of(".W", ".b")) {
        assertArrayEquals(param(bp, p + k).value().data(), param(fa, p + k).value().data(), 0f, p + k);
      }
    }
    assertTrue(dev.plasticity.api.math.Ops.norm(param(bp, CONV1 + ".W").grad()) > 0, "a real gradient");
  }

  @Test
  void uniformSignFeedbackScalesByTheConvolutionsFans() {
    MockRuntime rt = runtime(5).install(new UniformSignFeedback());
    rt.runTicks(2);
    Matrix wBefore = param(rt, CONV2 + ".W").value().copy();
    rt.runTicks(1);
    // fan-in = 4 channels · 2 · 2, fan-out = 6 channels · 2 · 2 (biotorch's conv fans)
    float scale = (float) Math.sqrt(2.0 / (16 + 24));
    Matrix b = param(rt, CONV2 + ".B").value();
    assertEquals(6, b.rows());
    assertEquals(16, b.cols());
    for (int i = 0; i < b.size(); i++) {
      assertEquals(Math.signum(wBefore.data()[i]) * scale, b.data()[i], 0f);
    }
  }

  @Test
  void randomSignFeedbackFollowsTheSignsOfW() {
    for (CreditRule rule : List.<CreditRule>of(new FixedRandomSignFeedback(), new BatchRandomSignFeedback())) {
      MockRuntime rt = runtime(6).install(rule);
      rt.runTicks(2);
      Matrix wBefore = param(rt, CONV2 + ".W").value().copy();
      rt.runTicks(1);
      Matrix b = param(rt, CONV2 + ".B").value();
      for (int i = 0; i < b.size(); i++) {
        assertEquals(Math.signum(wBefore.data()[i]), Math.signum(b.data()[i]), 0f, rule + " " + i);
      }
    }
  }

  @Test
  void kolenPollackBringsBToWOnAConvolution() {
    MockRuntime rt = runtime(7).install(new KolenPollack(0.05, XAVIER, null))
        .install(new AlignmentAngles());
    rt.runEpochs(12);
    List<Double> angles = rt.recorded("weight-angle/" + CONV2);
    assertTrue(angles.get(0) > 30, "B starts random: " + angles.get(0));
    assertTrue(angles.get(angles.size() - 1) < angles.get(0) / 2, "" + angles);
  }

  @Test
  void alignmentAnglesAreRecordedPerConvolutionAndNotForPooling() {
    MockRuntime rt = runtime(8).install(new FeedbackAlignment(XAVIER)).install(new AlignmentAngles());
    rt.runEpochs(1);
    for (String name : List.of("weight-angle/" + CONV2, "projection-angle/" + CONV2,
        "b-norm-ratio/" + CONV2, "gradient-angle/" + CONV1, "gradient-angle/" + CONV2,
        "gradient-angle/" + DENSE)) {
      assertTrue(rt.recordedNames().contains(name), name + " in " + rt.recordedNames());
    }
    assertTrue(rt.recordedNames().stream().noneMatch(n -> n.endsWith(POOL)), "" + rt.recordedNames());
    assertTrue(rt.last("gradient-angle/" + CONV1) > 1, "FA is not backprop on the first conv");
    assertTrue(rt.last("gradient-angle/" + DENSE) < 1e-3, "the output layer's gradient is exact");
  }

  @Test
  void everySignAndFeedbackRuleTrainsTheConvNet() {
    for (CreditRule rule : List.<CreditRule>of(new Backprop(), new FeedbackAlignment(XAVIER),
        new UniformSignFeedback(), new FixedRandomSignFeedback(), new BatchRandomSignFeedback(),
        new KolenPollack(1e-4, XAVIER, null))) {
      MockRuntime rt = runtime(9).install(rule).install(new StandardMetrics.TrainLoss());
      rt.runEpochs(10);
      List<Double> loss = rt.recorded("train-loss");
      assertTrue(loss.get(loss.size() - 1) < 0.5 * loss.get(0), rule + ": " + loss);
    }
  }

  @Test
  void directFeedbackAlignmentReachesEveryConvUnitAndTrains() {
    MockRuntime rt = runtime(11).install(new DirectFeedbackAlignment(XAVIER))
        .install(new StandardMetrics.TrainLoss());
    // Nokland's form: a classes x units matrix for every hidden population, pooled ones too
    assertEquals(4 * 6 * 6, param(rt, "c1.dfa.B").value().cols());
    assertEquals(3, param(rt, "c1.dfa.B").value().rows());
    rt.runEpochs(10);
    List<Double> loss = rt.recorded("train-loss");
    assertTrue(loss.get(loss.size() - 1) < 0.7 * loss.get(0), "" + loss);
  }

  @Test
  void rulesWrittenForDenseWeightsRefuseConvolutions() {
    MockRuntime rt = runtime(10);
    ConfigException e = assertThrows(ConfigException.class,
        () -> rt.install(new SymmetricAlignment(0.5, 1.0, 0, null)));
    assertEquals("kunin runs on dense projections only so far; 'in->c1' is not dense", e.getMessage());
  }
}
