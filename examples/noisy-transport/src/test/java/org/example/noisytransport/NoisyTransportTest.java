package org.example.noisytransport;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verify;

import dev.plasticity.alignment.Backprop;
import dev.plasticity.api.learn.BackwardSweep;
import dev.plasticity.api.learn.SoftmaxCrossEntropy;
import dev.plasticity.api.math.Matrix;
import dev.plasticity.api.math.Ops;
import dev.plasticity.api.net.Network;
import dev.plasticity.api.sim.Phase;
import dev.plasticity.testkit.Fixtures;
import dev.plasticity.testkit.GradientCheck;
import dev.plasticity.testkit.MockRuntime;
import org.junit.jupiter.api.Test;

/** What the rule does, checked on the testkit's mocked runtime against exact backprop. */
class NoisyTransportTest {
  private static final int[] LAYERS = {6, 12, 12, 4};
  private static final int[] LABELS = {0, 3, 1, 2, 3};

  /** A runtime that does not present data or train: the test sets one batch by hand. */
  private static MockRuntime frozen(NoisyTransport rule) {
    MockRuntime rt = MockRuntime.builder().layers(LAYERS).seed(3).present(false).train(false).build();
    if (rule != null) {
      rt.install(rule);
    }
    Network net = rt.network();
    Matrix x = Fixtures.gaussian(LABELS.length, LAYERS[0], 1.0, 7);
    net.useRows(LABELS.length);
    net.input().activity().copyFrom(x);
    net.forwardAll();
    new SoftmaxCrossEntropy().evaluate(net.output(), LABELS);
    return rt;
  }

  /** The error of the first hidden population, which the noise reaches through two B's. */
  private static Matrix firstHiddenError(MockRuntime rt) {
    return rt.network().population("l1").error();
  }

  private static Matrix backpropError() {
    MockRuntime rt = frozen(null);
    new BackwardSweep(rt.network()).run(p -> p.weights().value());
    return firstHiddenError(rt).copy();
  }

  @Test
  void withoutNoiseTheWholeTrainingRunIsBackpropBitForBit() {
    MockRuntime noisy = MockRuntime.builder().layers(LAYERS).seed(5).build().install(new NoisyTransport(0, 1));
    MockRuntime exact = MockRuntime.builder().layers(LAYERS).seed(5).build().install(new Backprop());
    noisy.runEpochs(3);
    exact.runEpochs(3);
    for (String w : new String[] {"l0->l1.W", "l1->l2.W", "l2->l3.W"}) {
      assertArrayEquals(exact.parameters().get(w).value().data(), noisy.parameters().get(w).value().data(), 0f, w);
    }
  }

  @Test
  void freshNoiseIsBackpropInExpectation() {
    int draws = 4000;
    MockRuntime rt = frozen(new NoisyTransport(1.0, 1));
    Matrix sum = new Matrix(LABELS.length, LAYERS[1]);
    for (int i = 0; i < draws; i++) {
      rt.runTicks(1);
      Ops.axpy(1f, firstHiddenError(rt), sum);
    }
    Ops.scale(1f / draws, sum);
    Matrix exact = backpropError();
    double single = relativeError(exact, firstHiddenError(rt));
    double mean = relativeError(exact, sum);
    // One draw is far from backprop; the mean of n draws closes in like 1/sqrt(n).
    assertTrue(single > 0.3, "one draw differs from backprop: " + single);
    assertTrue(mean < 5 * single / Math.sqrt(draws), "mean of " + draws + " draws: " + mean + " vs one: " + single);
  }

  @Test
  void heldNoiseIsTheSameBiasEveryTick() {
    MockRuntime rt = frozen(new NoisyTransport(1.0, 1000));
    rt.runTicks(1);
    Matrix first = firstHiddenError(rt).copy();
    rt.runTicks(50);
    assertArrayEquals(first.data(), firstHiddenError(rt).copy().data(), 0f);
    assertTrue(relativeError(backpropError(), first) > 0.3, "a held draw is a bias, not backprop");
  }

  @Test
  void registersFrozenBOnlyWhereAnErrorIsNeededAndSendsEveryTick() {
    MockRuntime rt = MockRuntime.builder().layers(LAYERS).build().install(new NoisyTransport(0.5, 1));
    assertFalse(rt.parameters().contains("l0->l1.B"), "the input needs no error");
    assertFalse(rt.parameters().get("l1->l2.B").trainable());
    verify(rt.scheduler()).every(eq(0L), eq(1L), eq(Phase.FEEDBACK), anyInt(), eq("noisy-transport"), any());
  }

  private static double relativeError(Matrix expected, Matrix actual) {
    return GradientCheck.relativeNormError(
        GradientCheck.toDouble(actual.data(), actual.size()), GradientCheck.toDouble(expected.data(), expected.size()));
  }
}
