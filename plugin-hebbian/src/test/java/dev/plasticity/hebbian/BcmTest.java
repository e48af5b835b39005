package dev.plasticity.hebbian;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plasticity.api.math.Matrix;
import dev.plasticity.testkit.MockRuntime;
import dev.plasticity.testkit.Resumption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BcmTest {
  @Test
  void oneUpdateByHand() {
    // w = (1, 0), θ = 0, x = (2, 1): y = 2, φ = y (y − θ) = 4, Δw = η φ x = 0.5 · 4 · (2, 1);
    // θ ← θ + 0.5 (y² − θ) = 2.
    MockRuntime rt = Rules.oneUpdate(new Bcm(1, 0.5, 0.5, 0.1), Matrix.row(1, 0), Matrix.row(2, 1));
    assertArrayEquals(new float[] {5, 2}, Rules.weights(rt).data(), 1e-6f);
    assertEquals(2, rt.parameters().get(Bcm.THRESHOLD).value().get(0, 0), 1e-6);
  }

  @Test
  void aResponseBelowTheThresholdDepresses() {
    // θ = 8, w = (1, 0), x = (2, 0): y = 2 < θ, φ = 2 (2 − 8) = −12, Δw = 0.01 · (−12) · (2, 0).
    MockRuntime rt = MockRuntime.builder().present(false).train(false).build();
    HebbianRule.Learner l = new Bcm(1, 0.01, 0.5, 0.1).install(rt.context(), 2, 1);
    Rules.weights(rt).copyFrom(Matrix.row(1, 0));
    rt.parameters().get(Bcm.THRESHOLD).value().set(0, 0, 8);
    l.learn(Matrix.row(2, 0));
    assertArrayEquals(new float[] {0.76f, 0}, Rules.weights(rt).data(), 1e-6f);
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3})
  void everyNeuronEndsSelectiveAndBothPatternsArePreferred(long seed) {
    Presentation p = new Presentation(new TwoPatterns(20, 0), new Bcm(10, 0.05, 0.1, 0.1), 10, 400, 10);
    MockRuntime rt = Rules.presenting(p, seed).install(new Selectivity());
    Rules.runAll(rt, p);
    for (int i = 0; i < 10; i++) {
      assertTrue(rt.last("selectivity/" + i) >= Selectivity.SELECTIVE, "neuron " + i + ": " + rt.last("selectivity/" + i));
    }
    assertEquals(1, rt.last("selective-share"));
    assertTrue(rt.last("preferring/0") >= 1 && rt.last("preferring/1") >= 1,
        rt.last("preferring/0") + " / " + rt.last("preferring/1"));
    // They start unselective: weights uniform in [0, 0.1] respond to both patterns alike.
    assertTrue(rt.recorded("selective-share").get(0) < 1, rt.recorded("selective-share").toString());
  }

  @Test
  void resumesExactly() {
    Presentation p = new Presentation(new TwoPatterns(8, 0.05), new Bcm(4, 0.02, 0.1, 0.1), 10, 10, 3);
    Resumption.assertExact(() -> Rules.presenting(p, 2).install(new Selectivity()), new long[] {3, 14}, 30, "bcm");
  }
}
