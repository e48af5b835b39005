package dev.plasticity.olfaction;

import dev.plasticity.api.spi.ComponentRegistry;
import dev.plasticity.api.spi.Plugin;

/** The fly olfactory circuit: FlyHash and its follow-ups (issue 4). Its component types arrive with their own issue. */
public final class OlfactionPlugin implements Plugin {
  @Override
  public String name() {
    return "olfaction";
  }

  @Override
  public String description() {
    return "The fly olfactory circuit: FlyHash and its follow-ups (issue 4)";
  }

  @Override
  public void register(ComponentRegistry registry) {
    // No component types yet.
  }
}
