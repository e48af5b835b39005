package dev.plasticity.alignment;

import dev.plasticity.api.config.ConfigException;
import dev.plasticity.api.net.Dense;
import dev.plasticity.api.net.Network;
import dev.plasticity.api.net.Projection;

/**
 * The guard of the rules whose algebra is still written for dense W only (Kunin's
 * regularizers, LRA, local losses): on any other operator they would compute a wrong
 * thing silently, so they refuse to start instead.
 */
final class DenseOnly {
  private DenseOnly() {}

  static void require(Network net, String rule) {
    for (Projection p : net.projections()) {
      if (!Dense.is(p.operator())) {
        throw new ConfigException("", rule + " runs on dense projections only so far; '" + p.id()
            + "' is not dense");
      }
    }
  }
}
