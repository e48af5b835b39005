package dev.plasticity.runtime.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.plasticity.api.net.Activations;
import dev.plasticity.api.net.MaxPool;
import dev.plasticity.runtime.scenario.ProjectionGraph.Edge;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which weights a credit rule can carry the output's error to, from the projections alone. */
class ProjectionGraphTest {
  @Test
  void theOutputIsTheTargetOfTheLastProjectionOrTheInput() {
    NetworkSpec net = new NetworkSpec(List.of(new PopulationSpec("in", 3, new Activations.Identity()),
        new PopulationSpec("h", 4, new Activations.Identity()), new PopulationSpec("out", 2, new Activations.Identity())),
        List.of(new ProjectionSpec("in", "h", null, null, true), new ProjectionSpec("h", "out", null, null, true)));
    ProjectionGraph g = ProjectionGraph.of(net);
    assertEquals("out", g.output());
    assertEquals(List.of(0, 1), g.trainableTowardsOutput().stream().map(Edge::index).toList());
    assertEquals("in", new ProjectionGraph("in", List.of()).output());
  }

  @Test
  void weightsThatDoNotTrainOrLeadElsewhereDoNotCount() {
    // in -> side (a dead end), in -> h fixed (a hashing wiring, say), h -> out fixed too.
    ProjectionGraph fixed = new ProjectionGraph("in", List.of(new Edge(0, "in", "side", true),
        new Edge(1, "in", "h", false), new Edge(2, "h", "out", false)));
    assertEquals(List.of(), fixed.trainableTowardsOutput());
    // A trainable weight two steps before the output still receives its error.
    ProjectionGraph deep = new ProjectionGraph("in", List.of(new Edge(0, "in", "side", true),
        new Edge(1, "in", "h", true), new Edge(2, "h", "out", false)));
    assertEquals(List.of(1), deep.trainableTowardsOutput().stream().map(Edge::index).toList());
  }

  @Test
  void poolingCarriesNoWeightToTrain() {
    NetworkSpec net = new NetworkSpec(List.of(new PopulationSpec("in", null, List.of(1, 4, 4), new Activations.Identity()),
        new PopulationSpec("out", null, List.of(1, 2, 2), new Activations.Identity())),
        List.of(new ProjectionSpec("in", "out", null, null, false, new MaxPool(2, null, 0))));
    assertEquals(List.of(), ProjectionGraph.of(net).trainableTowardsOutput());
  }
}
