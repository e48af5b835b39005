package dev.plasticity.runtime.scenario;

import dev.plasticity.api.sim.Needs;
import dev.plasticity.runtime.config.Problems;
import dev.plasticity.runtime.data.DataShape;
import dev.plasticity.runtime.plugins.TypeRegistry;
import java.util.List;
import java.util.Optional;

/**
 * The ways a well-formed scenario can still be unable to learn or to measure: a learning
 * section with no weight to train (no network, no projection, none trainable towards the
 * output) or beside a schedule that does not use it, a metric of training without any, a
 * loss or metric against class labels on unlabelled data. Each would otherwise run to its
 * end and report chance or a constant without a word. Training is expected exactly where
 * the scenario has a learning section and its schedule {@linkplain
 * dev.plasticity.api.sim.Schedule#usesLearningSection() uses it}: hashing and temporal
 * scenarios, which have none, are not asked for trainable weights.
 */
final class TrainingChecks {
  private final TypeRegistry types;

  TrainingChecks(TypeRegistry types) {
    this.types = types;
  }

  /** Adds a line for each problem of {@code s}, whose data has {@code shape} when that is known. */
  void check(ScenarioParts s, Optional<DataShape> shape, Problems problems) {
    boolean training = s.learning() != null;
    if (training && s.known("schedule") && !s.schedule().usesLearningSection()) {
      problems.at("$.learning", "the '" + name(s.schedule()) + "' schedule does not use a learning section"
          + " (it trains a model of its own, or presents nothing to learn from); remove it");
    } else if (training && s.known("network")) {
      nothingToTrain(s.network()).ifPresent(p -> problems.add(p));
    }
    boolean unlabelled = shape.isPresent() && shape.get().classes() == 0;
    if (s.learning() != null && unlabelled && needs(s.learning().loss(), Needs.Need.LABELS)) {
      problems.at("$.learning.loss", "'" + name(s.learning().loss()) + "' trains against class labels, and the"
          + " data has none: a loss without a target");
    }
    for (int i = 0; i < s.metrics().size(); i++) {
      Object m = s.metrics().get(i);
      String at = "$.metrics[" + i + "]";
      if (s.known("learning") && s.learning() == null && needs(m, Needs.Need.TRAINING)) {
        problems.at(at, "'" + name(m) + "' measures the learning section's training, and the scenario has no"
            + " learning section: it would record a constant");
      } else if (unlabelled && needs(m, Needs.Need.LABELS)) {
        problems.at(at, "'" + name(m) + "' compares with class labels, and the data has none: it would record"
            + " a constant");
      }
    }
  }

  /** Why a learning section would find no weight to train in {@code net} (null: no network). */
  private static Optional<Problems.Problem> nothingToTrain(NetworkSpec net) {
    if (net == null) {
      return Optional.of(new Problems.Problem("$.network", "missing, so the learning section has no weight to"
          + " train; add populations and projections that lead from the input to an output"));
    }
    ProjectionGraph g = ProjectionGraph.of(net);
    if (g.edges().isEmpty()) {
      return Optional.of(new Problems.Problem("$.network.projections", "empty, so the learning section has no"
          + " weight to train (the output would be the input population '" + g.input() + "' itself)"));
    }
    if (g.trainableTowardsOutput().isEmpty()) {
      return Optional.of(new Problems.Problem("$.network.projections", "none carries a trainable weight"
          + " towards the output '" + g.output() + "', so the learning section has nothing to train"));
    }
    return Optional.empty();
  }

  private static boolean needs(Object component, Needs.Need need) {
    return component instanceof Needs n && n.needs().contains(need);
  }

  /** The type name a component is written with in scenarios. */
  private String name(Object component) {
    return types.entries().stream().filter(e -> e.type().implementation() == component.getClass())
        .map(e -> e.type().name()).findFirst().orElse(component.getClass().getSimpleName());
  }
}
