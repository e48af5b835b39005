package dev.plasticity.api.spi;

/**
 * A plugin contributes component types. Implement it, declare
 * {@code provides dev.plasticity.api.spi.Plugin with YourPlugin;} in your module-info and
 * {@code opens} the packages of your component records, and the type names become usable
 * in scenarios. A plugin depends on the API only.
 */
public interface Plugin {
  /** Short kebab-case name, e.g. {@code alignment}. */
  String name();

  /** A line saying what the plugin brings. */
  String description();

  void register(ComponentRegistry registry);
}
