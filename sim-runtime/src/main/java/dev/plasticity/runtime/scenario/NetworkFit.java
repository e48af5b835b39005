package dev.plasticity.runtime.scenario;

import dev.plasticity.api.data.DataContext;
import dev.plasticity.api.data.DataSource;
import dev.plasticity.api.sim.Needs;
import dev.plasticity.runtime.config.Problems;
import dev.plasticity.runtime.data.DataShape;
import dev.plasticity.runtime.data.KnownShape;
import java.util.List;
import java.util.Optional;

/**
 * Whether a network fits its data, checked before any data is loaded where the data's
 * shape is known up front ({@link KnownShape}): the input population needs a unit per
 * feature, and an output trained against class labels a unit per class. Otherwise a run
 * finds out at its first tick ("label 8 outside 0..6"), with no path to the cause.
 */
final class NetworkFit {
  private NetworkFit() {}

  /** The data's shape, when its source can tell it without loading. */
  static Optional<DataShape> shapeOf(DataSource source, DataContext ctx) {
    return source instanceof KnownShape known ? known.shape(ctx) : Optional.empty();
  }

  /** Adds a problem at the size of each population that does not fit {@code shape}. */
  static void check(ScenarioParts s, DataShape shape, Problems problems) {
    NetworkSpec net = s.network();
    if (net == null) {
      return; // the runtime sizes a bare input population to the data
    }
    List<PopulationSpec> pops = net.populations();
    if (pops.get(0).size() != shape.features()) {
      problems.at("$.network.populations[0].size", pops.get(0).size() + " units but the data has "
          + shape.features() + " features");
    }
    if (shape.classes() > 0 && againstLabels(s) && !net.projections().isEmpty()) {
      // The output is the target of the last projection (Network.connect).
      String output = net.projections().get(net.projections().size() - 1).to();
      for (int i = 1; i < pops.size(); i++) {
        if (pops.get(i).id().equals(output) && pops.get(i).size() != shape.classes()) {
          problems.at("$.network.populations[" + i + "].size", pops.get(i).size() + " units but the data has "
              + shape.classes() + " classes");
        }
      }
    }
  }

  /** Whether the loss compares the output with one-hot class labels. */
  private static boolean againstLabels(ScenarioParts s) {
    return s.learning() != null && s.learning().loss() instanceof Needs n && n.needs().contains(Needs.Need.LABELS);
  }
}
