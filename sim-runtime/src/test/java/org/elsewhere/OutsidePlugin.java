package org.elsewhere;

import dev.plasticity.api.spi.ComponentRegistry;
import dev.plasticity.api.spi.Plugin;

/** A plugin outside the project's packages, as a user's is (tests of provenance). */
public final class OutsidePlugin implements Plugin {
  @Override
  public String name() {
    return "outside";
  }

  @Override
  public String description() {
    return "a user's plugin";
  }

  @Override
  public void register(ComponentRegistry registry) {}
}
