package org.example.noisytransport;

import dev.plasticity.api.spi.Plugin;
import dev.plasticity.testkit.PluginContract;
import java.util.List;

/**
 * The testkit's contract: module-info and the services file declare the plugin, the runtime
 * accepts both records with their defaults, the rule lowers the loss of a tiny network
 * deterministically and resumes exactly, the metric records at every evaluation.
 */
class NoisyTransportContractTest extends PluginContract {
  @Override
  protected Plugin plugin() {
    return new NoisyTransportPlugin();
  }

  @Override
  protected List<Object> examples() {
    // A draw held for 5 ticks too: the contract resumes it from the middle of a hold.
    return List.of(new NoisyTransport(0.5, 1), new NoisyTransport(2, 5), new WeightNorm(false));
  }
}
