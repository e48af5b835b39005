package dev.plasticity.runtime.cli;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import dev.plasticity.runtime.config.Binder;
import dev.plasticity.runtime.engine.Runner;
import dev.plasticity.runtime.output.Console;
import dev.plasticity.runtime.plugins.PluginLoader;
import dev.plasticity.runtime.plugins.TypeRegistry;
import dev.plasticity.runtime.scenario.ScenarioLoader;

/**
 * The runtime's object graph: plugins discovered once, the binder and loader over their
 * types, the console, the runner. Commands get what they need injected.
 */
public final class RuntimeModule extends AbstractModule {
  private final Console console;
  private final TypeRegistry types;

  /** Wires the plugins found on the module path (or class path). */
  public RuntimeModule(Console console) {
    this(console, null);
  }

  /** Wires a given registry (tests). */
  public RuntimeModule(Console console, TypeRegistry types) {
    this.console = console;
    this.types = types;
  }

  @Override
  protected void configure() {
    bind(Console.class).toInstance(console);
  }

  @Provides
  @Singleton
  TypeRegistry types() {
    return types != null ? types : PluginLoader.discover();
  }

  @Provides
  @Singleton
  Binder binder(TypeRegistry types) {
    return new Binder(types);
  }

  @Provides
  @Singleton
  ScenarioLoader loader(Binder binder) {
    return new ScenarioLoader(binder);
  }

  @Provides
  @Singleton
  RuntimeServices services(TypeRegistry types, ScenarioLoader loader, Console console) {
    return new RuntimeServices(types, loader, console);
  }

  @Provides
  @Singleton
  CommandProviders commandProviders() {
    return CommandProviders.discover();
  }

  @Provides
  @Singleton
  Runner runner(TypeRegistry types, ScenarioLoader loader, Console console) {
    return new Runner(types, loader, console);
  }
}
