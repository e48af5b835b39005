package dev.plasticity.runtime.plugins;

import dev.plasticity.api.spi.ComponentRegistry;
import dev.plasticity.api.spi.Plugin;
import java.util.function.Consumer;

/**
 * A test plugin given by its name and what it registers. Each fixture is a subclass with the
 * public no-argument constructor ServiceLoader needs.
 */
public abstract class FixturePlugin implements Plugin {
  private final String name;
  private final Consumer<ComponentRegistry> types;

  protected FixturePlugin(String name, Consumer<ComponentRegistry> types) {
    this.name = name;
    this.types = types;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public String description() {
    return "a test fixture";
  }

  @Override
  public void register(ComponentRegistry registry) {
    types.accept(registry);
  }
}
