package dev.plasticity.alignment;

import dev.plasticity.api.spi.Plugin;
import dev.plasticity.testkit.PluginContract;
import java.util.List;

class AlignmentContractTest extends PluginContract {
  @Override
  protected Plugin plugin() {
    return new AlignmentPlugin();
  }

  @Override
  protected List<Object> examples() {
    return List.of(new Backprop());
  }
}
