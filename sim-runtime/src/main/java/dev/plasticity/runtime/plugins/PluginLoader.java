package dev.plasticity.runtime.plugins;

import dev.plasticity.api.spi.Plugin;
import java.util.Comparator;
import java.util.List;
import java.util.ServiceLoader;

/**
 * Finds plugins with {@link ServiceLoader}: on the module path through
 * {@code provides ... with}, on the class path through META-INF/services. Nothing in the
 * runtime names a plugin; a jar added to the path is found as it is.
 */
public final class PluginLoader {
  private PluginLoader() {}

  /** Loads every plugin visible from {@code loader}, sorted by name for a stable order. */
  public static TypeRegistry discover(ClassLoader loader) {
    List<Plugin> found = ServiceLoader.load(Plugin.class, loader).stream()
        .map(ServiceLoader.Provider::get)
        .sorted(Comparator.comparing(Plugin::name).thenComparing(p -> p.getClass().getName()))
        .toList();
    return fromPlugins(found);
  }

  /** Loads the plugins visible to the runtime's own module or class loader. */
  public static TypeRegistry discover() {
    Module self = PluginLoader.class.getModule();
    if (self.isNamed()) {
      List<Plugin> found = ServiceLoader.load(self.getLayer(), Plugin.class).stream()
          .map(ServiceLoader.Provider::get)
          .sorted(Comparator.comparing(Plugin::name).thenComparing(p -> p.getClass().getName()))
          .toList();
      return fromPlugins(found);
    }
    return discover(Thread.currentThread().getContextClassLoader());
  }

  public static TypeRegistry fromPlugins(List<Plugin> plugins) {
    TypeRegistry registry = new TypeRegistry();
    plugins.forEach(registry::load);
    return registry.check();
  }
}
