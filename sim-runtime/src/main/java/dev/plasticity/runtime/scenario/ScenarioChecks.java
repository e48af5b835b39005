package dev.plasticity.runtime.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import dev.plasticity.api.data.DataContext;
import dev.plasticity.runtime.config.Binder;
import dev.plasticity.runtime.config.Problems;
import dev.plasticity.runtime.data.DataShape;
import java.util.Optional;

/**
 * The checks of how a scenario's parts fit together, beyond what binding each one finds:
 * its data (files, and the network against the data's shape), whether it can learn and
 * measure anything, and whether its sizes can be allocated. They run on a scenario with
 * problems elsewhere too ({@link ScenarioParts}), so that every problem is said at once.
 */
final class ScenarioChecks {
  private final Binder binder;
  private final DataChecks data;
  private final TrainingChecks training;
  private final AllocationChecks allocation;

  ScenarioChecks(Binder binder, DataContext ctx) {
    this.binder = binder;
    this.data = new DataChecks(ctx);
    this.training = new TrainingChecks(binder.types());
    this.allocation = new AllocationChecks(Runtime.getRuntime().maxMemory());
  }

  /** Adds the problems of {@code bound} (null: it did not bind), whose tree is {@code tree}. */
  void check(Scenario bound, JsonNode tree, Problems problems) {
    ScenarioParts s = bound != null ? ScenarioParts.of(bound) : ScenarioParts.bind(binder, tree);
    data.check(s, tree, problems);
    Optional<DataShape> shape = data.shape(s, tree);
    shape.ifPresent(sh -> NetworkFit.check(s, sh, problems));
    training.check(s, shape, problems);
    allocation.check(s, shape.map(DataShape::features).orElse(0), problems);
  }
}
