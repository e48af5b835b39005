package org.elsewhere;

import dev.plasticity.runtime.plugins.FixturePlugin;

/** A plugin outside the project's packages, as a user's is (tests of provenance). */
public final class OutsidePlugin extends FixturePlugin {
  public OutsidePlugin() {
    super("outside", r -> { });
  }
}
