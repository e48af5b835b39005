package dev.plasticity.runtime.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.plasticity.api.learn.MeanSquaredError;
import dev.plasticity.api.learn.SoftmaxCrossEntropy;
import dev.plasticity.api.learn.Loss;
import dev.plasticity.api.net.Activations;
import dev.plasticity.runtime.config.Problems;
import dev.plasticity.runtime.data.DataShape;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A network against its data's shape: a unit per feature in, a unit per class out where the loss uses labels. */
class NetworkFitTest {
  private static final DataShape FASHION = new DataShape(784, 10);

  private static Scenario scenario(Loss loss, int in, int out) {
    NetworkSpec net = new NetworkSpec(List.of(
        new PopulationSpec("in", in, new Activations.Identity()),
        new PopulationSpec("hidden", 20, new Activations.Identity()),
        new PopulationSpec("out", out, new Activations.Identity())),
        List.of(new ProjectionSpec("in", "hidden", null, null, true), new ProjectionSpec("hidden", "out", null, null, true)));
    LearningSpec learning = loss == null ? null : new LearningSpec(loss, null, null);
    return new Scenario("s", null, 1, null, net, learning, null, List.of(), Map.of(), Map.of(), null, null, List.of());
  }

  private static List<String> problems(Scenario s, DataShape shape) {
    Problems p = new Problems();
    NetworkFit.check(ScenarioParts.of(s), shape, p);
    return p.lines();
  }

  @Test
  void theInputNeedsAUnitPerFeature() {
    assertEquals(List.of("$.network.populations[0].size: 100 units but the data has 784 features"),
        problems(scenario(null, 100, 10), FASHION));
  }

  @Test
  void anOutputTrainedAgainstLabelsNeedsAUnitPerClass() {
    assertEquals(List.of("$.network.populations[2].size: 7 units but the data has 10 classes"),
        problems(scenario(new SoftmaxCrossEntropy(), 784, 7), FASHION));
    assertEquals(List.of("$.network.populations[2].size: 12 units but the data has 10 classes"),
        problems(scenario(new MeanSquaredError(), 784, 12), FASHION));
    assertEquals(List.of(), problems(scenario(new SoftmaxCrossEntropy(), 784, 10), FASHION));
  }

  @Test
  void anOutputNotTrainedOrOnUnlabelledDataMayHaveAnySize() {
    // FlyNN's class layer and the novelty detector's single output learn without a loss.
    assertEquals(List.of(), problems(scenario(null, 784, 1), FASHION));
    assertEquals(List.of(), problems(scenario(new SoftmaxCrossEntropy(), 128, 7), new DataShape(128, 0)));
  }
}
