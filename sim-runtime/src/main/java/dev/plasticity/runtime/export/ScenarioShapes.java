package dev.plasticity.runtime.export;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.Map;

/**
 * Shapes for a checkpoint written before checkpoints recorded them, taken from the network
 * of the scenario the run recorded (checkpoint/run.json): a projection's W is target ×
 * source, its b 1 × target, and another parameter of the projection that holds as many
 * values as W (feedback alignment's B) is shaped like W. A shape is given only where it
 * holds exactly the checkpoint's number of values: a variant that changed a population's
 * size gets none, and its arrays stay flat.
 */
final class ScenarioShapes {
  /** Projection name → {target size, source size}. */
  private final Map<String, long[]> projections;

  private ScenarioShapes(Map<String, long[]> projections) {
    this.projections = projections;
  }

  static ScenarioShapes of(JsonNode scenario) {
    JsonNode network = scenario.path("network");
    Map<String, Long> sizes = new HashMap<>();
    network.path("populations").forEach(p -> sizes.put(p.path("id").asText(), p.path("size").asLong()));
    Map<String, long[]> projections = new HashMap<>();
    network.path("projections").forEach(p -> {
      String from = p.path("from").asText();
      String to = p.path("to").asText();
      if (sizes.containsKey(from) && sizes.containsKey(to)) {
        String name = p.hasNonNull("id") ? p.get("id").asText() : from + "->" + to;
        projections.put(name, new long[] {sizes.get(to), sizes.get(from)});
      }
    });
    return new ScenarioShapes(projections);
  }

  /** The shape of {@code parameter} holding {@code length} values, or null when not known for sure. */
  long[] of(String parameter, int length) {
    int dot = parameter.lastIndexOf('.');
    long[] w = dot < 0 ? null : projections.get(parameter.substring(0, dot));
    if (w == null) {
      return null;
    }
    String role = parameter.substring(dot + 1);
    long[] shape = role.equals("b") ? new long[] {1, w[0]} : w;
    return shape[0] * shape[1] == length ? shape.clone() : null;
  }
}
