package org.example.noisytransport;

import dev.plasticity.api.spi.ComponentRegistry;
import dev.plasticity.api.spi.Kinds;
import dev.plasticity.api.spi.Plugin;

/**
 * Registers the example's types: the credit rule {@code noisy-transport}, the metric
 * {@code weight-norm}, and the metric {@code transport-error}, which needs a credit rule that
 * keeps a feedback matrix B.
 */
public final class NoisyTransportPlugin implements Plugin {
  @Override
  public String name() {
    return "noisy-transport";
  }

  @Override
  public String description() {
    return "example: backprop through W plus fresh Gaussian noise";
  }

  @Override
  public void register(ComponentRegistry registry) {
    registry.add(Kinds.CREDIT, "noisy-transport",
        "errors travel back through W + sigma * rms(W) * Z, Z Gaussian, redrawn every few ticks",
        NoisyTransport.class);
    registry.add(Kinds.METRIC, "weight-norm", "Frobenius norm of every W at each epoch end", WeightNorm.class);
    registry.add(Kinds.METRIC, "transport-error",
        "||B - W|| / ||W|| of every projection whose credit rule keeps a feedback matrix B, at each epoch end",
        TransportError.class);
  }
}
