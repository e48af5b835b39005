package dev.plasticity.bptt;

import dev.plasticity.api.spi.ComponentRegistry;
import dev.plasticity.api.spi.Plugin;

/** Temporal credit assignment: BPTT, RTRL, UORO, attention memory (issue 7). Its component types arrive with their own issue. */
public final class BpttPlugin implements Plugin {
  @Override
  public String name() {
    return "bptt";
  }

  @Override
  public String description() {
    return "Temporal credit assignment: BPTT, RTRL, UORO, attention memory (issue 7)";
  }

  @Override
  public void register(ComponentRegistry registry) {
    // No component types yet.
  }
}
