package dev.plasticity.runtime.scenario;

import dev.plasticity.api.config.ConfigException;
import dev.plasticity.api.config.Doc;
import dev.plasticity.api.net.Shape;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Populations and projections. The first population is the input; projections are listed
 * in forward order, each from the input or from a population fed earlier.
 */
public record NetworkSpec(
    @Doc("populations; the first is the input") List<PopulationSpec> populations,
    @Doc("projections in forward order") List<ProjectionSpec> projections) {
  public NetworkSpec {
    if (populations.isEmpty()) {
      throw new ConfigException("populations", "needs at least the input population");
    }
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < populations.size(); i++) {
      if (!ids.add(populations.get(i).id())) {
        throw new ConfigException("populations[" + i + "].id",
            "duplicate population id '" + populations.get(i).id() + "'");
      }
    }
    Set<String> fed = new HashSet<>();
    fed.add(populations.get(0).id());
    Set<String> projectionIds = new HashSet<>();
    Set<String> used = new HashSet<>();
    for (int i = 0; i < projections.size(); i++) {
      ProjectionSpec p = projections.get(i);
      String at = "projections[" + i + "]";
      for (String end : List.of(p.from(), p.to())) {
        if (!ids.contains(end)) {
          throw new ConfigException(at + (end.equals(p.from()) ? ".from" : ".to"),
              "unknown population '" + end + "'; known: " + String.join(", ", ids));
        }
      }
      if (!fed.contains(p.from())) {
        throw new ConfigException(at + ".from", "population '" + p.from()
            + "' is not the input and no earlier projection feeds it (list projections in forward order)");
      }
      if (p.to().equals(populations.get(0).id())) {
        throw new ConfigException(at + ".to", "the input population '" + p.to() + "' cannot be a target");
      }
      if (used.contains(p.to())) {
        throw new ConfigException(at + ".to", "population '" + p.to() + "' already feeds an earlier"
            + " projection; list every projection into a population before those out of it");
      }
      used.add(p.from());
      checkOperator(at, p, populations);
      if (!projectionIds.add(p.name())) {
        throw new ConfigException(at, "duplicate projection id '" + p.name() + "'");
      }
      fed.add(p.to());
    }
  }

  /** The operator must connect its populations' shapes; its message says what it computes. */
  private static void checkOperator(String at, ProjectionSpec p, List<PopulationSpec> populations) {
    try {
      p.operator().check(shapeOf(p.from(), populations), shapeOf(p.to(), populations));
    } catch (ConfigException e) {
      throw new ConfigException(at + ".operator" + (e.field().isEmpty() ? "" : "." + e.field()),
          "'" + p.from() + "' -> '" + p.to() + "': " + e.getMessage());
    }
  }

  private static Shape shapeOf(String id, List<PopulationSpec> populations) {
    return populations.stream().filter(q -> q.id().equals(id)).findFirst().orElseThrow().toShape();
  }
}
