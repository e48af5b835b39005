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

  @Override
  protected List<Object> examples() {
    return List.of(
        new SimHash(),
        new L2Lsh(2.5),
        new Wta(4),
        new DensifiedWta(4),
        new SparseRandomProjection(0.5));
  }
}
