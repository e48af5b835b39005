package dev.plasticity.runtime.scenario;

import dev.plasticity.api.sim.Footprint.Block;
import java.util.ArrayList;
import java.util.List;

/**
 * The arrays the runtime allocates for a scenario's network that grow with its sizes: each
 * projection's weights and their gradient, to × from floats each (Simulation.buildNetwork;
 * an optimizer's slots come on top), blamed on the size of
 * the larger of its two populations, the one a mistyped value has most likely blown up.
 */
final class NetworkFootprint {
  private NetworkFootprint() {}

  /** The blocks, with fields relative to {@code $.network}. */
  static List<Block> of(NetworkSpec net) {
    List<Block> blocks = new ArrayList<>();
    List<PopulationSpec> pops = net.populations();
    for (ProjectionSpec p : net.projections()) {
      int from = index(pops, p.from());
      int to = index(pops, p.to());
      long rows = pops.get(to).size();
      long cols = pops.get(from).size();
      int blamed = rows >= cols ? to : from;
      String field = "populations[" + blamed + "].size";
      String sizes = " of '" + p.name() + "' (" + rows + " x " + cols + " floats)";
      blocks.add(new Block(field, "the weights" + sizes, Block.times(rows, cols), Float.BYTES));
      blocks.add(new Block(field, "the weight gradient" + sizes, Block.times(rows, cols), Float.BYTES));
    }
    return blocks;
  }

  private static int index(List<PopulationSpec> pops, String id) {
    for (int i = 0; i < pops.size(); i++) {
      if (pops.get(i).id().equals(id)) {
        return i;
      }
    }
    throw new IllegalArgumentException("no population " + id); // NetworkSpec checked every end
  }
}
