package dev.plasticity.lsh;

import dev.plasticity.api.spi.Plugin;
import dev.plasticity.testkit.PluginContract;
import java.util.List;

/** Every LSH type passes the component contract the runtime relies on. */
class LshContractTest extends PluginContract {
  @Override
  protected Plugin plugin() {
    return new LshPlugin();
  }

  /** The sparse layer needs input -> hidden -> output. */
  @Override
  protected int[] tinyNetwork() {
    return new int[] {4, 32, 3};
  }

  @Override
  protected List<Object> examples() {
    return List.of(
        new SimHash(),
        new L2Lsh(2.5),
        new Wta(4),
        new DensifiedWta(4),
        new SparseRandomProjection(0.5),
        new L2Alsh(3, 0.83, 2.5),
        new SignAlsh(2, 0.75),
        new SimpleLsh(),
        new Symmetric(new SimHash(), 0.83),
        new LatentFactors(30, 40, 5, 3, 0.2, 1, 2, 1),
        new Repeats(2, 3),
        new MipsPrecision(new SimpleLsh(), List.of(4, 8), List.of(1, 5), 10),
        new LshRecall(new SignAlsh(2, 0.75), null, 4, 3, 0, List.of(0, 2), 5, 10, 0, 5),
        new LshSparse(null, new SimHash(), null, 2, 4, 0, 1, 0.5, Selection.HITS, 0, 5),
        new HashedNets(0.5));
  }
}
