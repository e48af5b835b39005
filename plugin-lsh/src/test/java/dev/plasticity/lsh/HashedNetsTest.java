package dev.plasticity.lsh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plasticity.api.learn.StandardMetrics;
import dev.plasticity.api.math.Matrix;
import dev.plasticity.testkit.MockRuntime;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Weights that share a hash bucket stay tied (up to their signs) through training. */
class HashedNetsTest {
  @Test
  void sharedWeightsStayTiedAndTheLossFalls() {
    MockRuntime rt = MockRuntime.training(new HashedNets(0.125), 8, 64, 3);
    rt.install(new StandardMetrics.TrainLoss());
    rt.runEpochs(20);
    Matrix w = rt.parameters().get("l0->l1.W").value();
    assertEquals(64, rt.parameters().get("l0->l1.hashed").value().size(),
        "8 x 64 x 1/8 free weights");
    // SGD with momentum keeps a buffer for every parameter it steps: W never got one.
    assertTrue(rt.parameters().get("l0->l1.W").slots().isEmpty(), "the virtual W is never stepped itself");
    assertTrue(rt.parameters().get("l0->l1.hashed").slots().containsKey("momentum"), "its free weights are");
    Map<Float, Integer> magnitudes = new HashMap<>();
    for (int i = 0; i < w.size(); i++) {
      magnitudes.merge(Math.abs(w.data()[i]), 1, Integer::sum);
    }
    assertTrue(magnitudes.size() <= 64, magnitudes.size() + " distinct magnitudes for 64 free weights");
    var loss = rt.recorded("train-loss");
    assertTrue(loss.get(loss.size() - 1) < 0.8 * loss.get(0), "loss " + loss.get(0) + " -> " + loss.get(loss.size() - 1));
  }
}
