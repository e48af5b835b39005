package dev.plasticity.api.spi;

/**
 * A plugin contributes component types. Implement it, declare
 * {@code provides dev.plasticity.api.spi.Plugin with YourPlugin;} in your module-info and
 * {@code exports} the packages of your component records (the runtime calls their public
 * constructors; {@code opens} is not needed), name the class in
 * {@code META-INF/services/dev.plasticity.api.spi.Plugin} for tests on the class path, and
 * the type names become usable in scenarios. A plugin depends on the API only. A plugin
 * that throws while registering, or a type the runtime could not bind, stops start-up with
 * one line naming it. See docs/writing-plugins.md.
 */
public interface Plugin {
  /** Short kebab-case name, e.g. {@code alignment}. */
  String name();

  /** A line saying what the plugin brings. */
  String description();

  void register(ComponentRegistry registry);
}
