package dev.plasticity.api.net;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plasticity.api.learn.BackwardSweep;
import dev.plasticity.api.learn.Initializers;
import dev.plasticity.api.learn.Parameter;
import dev.plasticity.api.learn.SoftmaxCrossEntropy;
import dev.plasticity.api.math.FiniteDifferences;
import dev.plasticity.api.math.Matrix;
import dev.plasticity.api.math.Rng;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Backprop through convolutions, max- and average-pooling and two skip connections, in
 * two links: the double-precision gradient of {@link ReferenceConvNet} matches central
 * finite differences (relative error below 1e-6), and the float network built from the
 * operators, run through {@link BackwardSweep}, matches that gradient to float precision.
 * A sweep through copies of W (feedback alignment with B = W) gives the same bits.
 */
class ConvNetGradientTest {
  private static final int BATCH = 3;
  private final int[] labels = {1, 4, 0};

  private static double[] floatRepresentable(int n, long seed, double scale) {
    Rng r = new Rng(seed);
    double[] v = new double[n];
    for (int i = 0; i < n; i++) {
      v[i] = (float) (scale * r.nextGaussian());
    }
    return v;
  }

  private double[] theta() {
    return floatRepresentable(ReferenceConvNet.parameterCount(), 21, 0.5);
  }

  private double[][] inputs() {
    double[][] x = new double[BATCH][];
    for (int n = 0; n < BATCH; n++) {
      x[n] = floatRepresentable(ReferenceConvNet.IN, 30 + n, 1);
    }
    return x;
  }

  @Test
  void doublePrecisionGradientMatchesFiniteDifferences() {
    double[] theta = theta();
    double[][] x = inputs();
    double[] analytic = ReferenceConvNet.gradient(theta, x, labels);
    double[] numeric = FiniteDifferences.gradient(t -> ReferenceConvNet.loss(t, x, labels),
        theta.clone(), 1e-5);
    double err = FiniteDifferences.maxRelativeError(analytic, numeric, 1e-10);
    assertTrue(err < 1e-6, "max relative error " + err);
  }

  /** The same network from the operators, its parameters set from θ. */
  static Network build(double[] theta) {
    Activation tanh = new Activations.Tanh();
    Activation id = new Activations.Identity();
    Population in = new Population("in", Shape.image(2, 7, 7), id);
    Network net = new Network(in);
    Population c1 = net.add(new Population("c1", Shape.image(3, 7, 7), tanh));
    Population p1 = net.add(new Population("p1", Shape.image(3, 3, 3), id));
    Population c2 = net.add(new Population("c2", Shape.image(4, 2, 2), tanh));
    Population a1 = net.add(new Population("a1", Shape.image(4, 1, 1), id));
    Population out = net.add(new Population("out", 5, id));
    Object[][] wiring = {
      {in, c1, new Conv2d(3, 3, 1, 1)},
      {c1, p1, new MaxPool(2, null, 0)},
      {p1, c2, new Conv2d(4, 2, 1, 0)},
      {c1, c2, new Conv2d(4, 4, 3, 0)},
      {c2, a1, new AvgPool(2, null, 0)},
      {a1, out, new Dense()},
      {p1, out, new Dense()},
    };
    int k = 0;
    for (int i = 0; i < wiring.length; i++) {
      Population s = (Population) wiring[i][0];
      Population t = (Population) wiring[i][1];
      BoundOperator op = ((Operator) wiring[i][2]).bind(s.shape(), t.shape());
      Parameter w = null;
      Parameter b = null;
      if (op.hasWeights()) {
        w = new Parameter(s.id() + "->" + t.id() + ".W", op.weightRows(), op.weightCols(), true);
        b = new Parameter(s.id() + "->" + t.id() + ".b", 1, op.biasSize(), true);
        for (Parameter p : List.of(w, b)) {
          for (int j = 0; j < p.value().size(); j++) {
            p.value().data()[j] = (float) theta[k++];
          }
        }
      }
      net.connect(new Projection(s.id() + "->" + t.id(), i, s, t, w, b, op));
    }
    net.allocate(BATCH);
    return net;
  }

  private void present(Network net, double[][] x) {
    net.useRows(BATCH);
    for (int n = 0; n < BATCH; n++) {
      for (int i = 0; i < x[n].length; i++) {
        net.input().activity().set(n, i, (float) x[n][i]);
      }
    }
    net.forwardAll();
    new SoftmaxCrossEntropy().evaluate(net.output(), labels);
  }

  private static double[] packGradients(Network net) {
    double[] g = new double[ReferenceConvNet.parameterCount()];
    int k = 0;
    for (Projection p : net.projections()) {
      if (!p.hasWeights()) {
        continue;
      }
      for (Parameter q : List.of(p.weights(), p.bias())) {
        assertTrue(q.hasFreshGradient(), q.name());
        for (int j = 0; j < q.value().size(); j++) {
          g[k++] = q.grad().data()[j];
        }
      }
    }
    assertEquals(g.length, k);
    return g;
  }

  @Test
  void theFloatOperatorsMatchTheDoubleGradient() {
    double[] theta = theta();
    double[][] x = inputs();
    Network net = build(theta);
    present(net, x);
    new BackwardSweep(net).run(p -> p.weights().value());
    double err = FiniteDifferences.relativeNormError(packGradients(net),
        ReferenceConvNet.gradient(theta, x, labels));
    assertTrue(err < 1e-5, "relative norm error " + err);
  }

  @Test
  void feedbackThroughCopiesOfWGivesBackpropsBits() {
    double[] theta = theta();
    double[][] x = inputs();
    Network bp = build(theta);
    present(bp, x);
    new BackwardSweep(bp).run(p -> p.weights().value());
    Network fa = build(theta);
    present(fa, x);
    Map<Projection, Matrix> b = new IdentityHashMap<>();
    for (Projection p : fa.projections()) {
      if (p.hasWeights()) {
        b.put(p, p.weights().value().copy());
      }
    }
    new BackwardSweep(fa).run(b::get);
    assertArrayEquals(packGradients(bp), packGradients(fa));
  }

  @Test
  void xavierUniformCountsAConvolutionsFans() {
    BoundOperator op = new Conv2d(6, 5, 1, 0).bind(Shape.image(1, 32, 32), Shape.image(6, 28, 28));
    Matrix w = new Matrix(op.weightRows(), op.weightCols());
    new Initializers.XavierUniform(1).init(w, op.fanIn(), op.fanOut(), new Rng(3));
    double bound = Math.sqrt(6.0 / (25 + 150));
    double max = 0;
    for (int i = 0; i < w.size(); i++) {
      max = Math.max(max, Math.abs(w.data()[i]));
    }
    assertTrue(max <= bound && max > 0.9 * bound, "max |w| " + max + ", bound " + bound);
  }
}
