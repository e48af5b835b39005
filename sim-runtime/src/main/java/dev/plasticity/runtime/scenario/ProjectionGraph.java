package dev.plasticity.runtime.scenario;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A network as the checks of its learning see it: the input, and the projections in forward
 * order as edges from one population to another that do or do not carry trainable weights.
 * Nothing here depends on what a projection computes, so an operator that has no weights to
 * train (pooling, a fixed wiring) only needs its edge to say so.
 */
record ProjectionGraph(String input, List<Edge> edges) {
  /** Projection {@code index} from population {@code from} to {@code to}. */
  record Edge(int index, String from, String to, boolean trainable) {}

  ProjectionGraph {
    edges = List.copyOf(edges);
  }

  static ProjectionGraph of(NetworkSpec net) {
    List<Edge> edges = new ArrayList<>();
    for (int i = 0; i < net.projections().size(); i++) {
      ProjectionSpec p = net.projections().get(i);
      // A projection's W, where its operator has one, is a trainable parameter (Simulation.buildNetwork).
      edges.add(new Edge(i, p.from(), p.to(), p.operator().hasWeights()));
    }
    return new ProjectionGraph(net.populations().get(0).id(), edges);
  }

  /** The output population: the target of the last projection (Network.connect), else the input. */
  String output() {
    return edges.isEmpty() ? input : edges.get(edges.size() - 1).to();
  }

  /**
   * The trainable edges whose target is the output or leads to it: those a credit rule can
   * carry the output's error to. Projections are in forward order, so one pass backwards
   * finds every population that leads to the output.
   */
  List<Edge> trainableTowardsOutput() {
    Set<String> leads = new HashSet<>(Set.of(output()));
    List<Edge> found = new ArrayList<>();
    for (int i = edges.size() - 1; i >= 0; i--) {
      Edge e = edges.get(i);
      if (leads.contains(e.to())) {
        leads.add(e.from());
        if (e.trainable()) {
          found.add(0, e);
        }
      }
    }
    return found;
  }
}
