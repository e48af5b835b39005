package org.example.noisytransport;

import dev.plasticity.api.spi.Plugin;
import dev.plasticity.testkit.Example;
import dev.plasticity.testkit.Fixtures;
import dev.plasticity.testkit.PluginContract;
import java.util.List;

/**
 * The testkit's contract: module-info and the services file declare the plugin, the runtime
 * accepts the records with their defaults, the rule lowers the loss of a tiny network
 * deterministically and resumes exactly, the metrics record at every evaluation: the one that
 * reads B with the rule that keeps it, as a scenario runs it.
 */
class NoisyTransportContractTest extends PluginContract {
  @Override
  protected Plugin plugin() {
    return new NoisyTransportPlugin();
  }

  @Override
  protected List<Object> examples() {
    // The defaults (sigma 0.5, a fresh draw every tick), and a draw held for 5 ticks: the
    // contract resumes it from the middle of a hold.
    return List.of(Fixtures.defaults(NoisyTransport.class), new NoisyTransport(2, 5), new WeightNorm(false),
        Example.of(new TransportError()).with(new NoisyTransport(2, 5)));
  }
}
