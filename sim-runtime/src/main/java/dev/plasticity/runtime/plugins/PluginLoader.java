package dev.plasticity.runtime.plugins;

import dev.plasticity.api.spi.Plugin;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;

/**
 * Finds plugins with {@link ServiceLoader}: on the module path through
 * {@code provides ... with}, on the class path through META-INF/services. Nothing in the
 * runtime names a plugin; a jar added to the path is found as it is. A plugin that cannot
 * be instantiated or fails while registering stops start-up with a {@link PluginException}
 * naming it, never with a stack trace.
 */
public final class PluginLoader {
  /** Errors after which the service iterator is taken to be stuck on one provider. */
  private static final int MAX_ERRORS = 100;

  private PluginLoader() {}

  /** Loads every plugin visible from {@code loader}, sorted by name for a stable order. */
  public static TypeRegistry discover(ClassLoader loader) {
    return load(ServiceLoader.load(Plugin.class, loader));
  }

  /** Loads the plugins visible to the runtime's own module or class loader. */
  public static TypeRegistry discover() {
    Module self = PluginLoader.class.getModule();
    if (self.isNamed()) {
      TypeRegistry types = load(ServiceLoader.load(self.getLayer(), Plugin.class));
      PluginlessModules.warnings(self.getLayer().modules().stream().map(Module::getDescriptor).toList())
          .forEach(types::warn);
      return types;
    }
    return discover(Thread.currentThread().getContextClassLoader());
  }

  public static TypeRegistry fromPlugins(List<Plugin> plugins) {
    return register(plugins, new TypeRegistry());
  }

  /**
   * What to tell a user whose scenario names a type no loaded plugin registers (and that is
   * no typo of a known one): where plugins are looked for, as this runtime runs.
   */
  public static String missingPluginHint() {
    return PluginLoader.class.getModule().isNamed()
        ? "no plugin on the module path registers it (bin/plasticity adds the jars in PLASTICITY_PLUGIN_PATH)"
        : "no plugin on the class path registers it (there a plugin is found through a "
            + "META-INF/services/dev.plasticity.api.spi.Plugin file naming its class)";
  }

  private static TypeRegistry load(ServiceLoader<Plugin> services) {
    TypeRegistry registry = new TypeRegistry();
    return register(instantiate(services, registry), registry);
  }

  /**
   * Every plugin {@code services} can make, sorted by name for a stable order; a provider it
   * cannot make is a problem in {@code registry}, and the others are still made.
   */
  static List<Plugin> instantiate(ServiceLoader<Plugin> services, TypeRegistry registry) {
    List<Plugin> found = new ArrayList<>();
    Iterator<ServiceLoader.Provider<Plugin>> it = services.stream().iterator();
    for (int errors = 0; errors < MAX_ERRORS; ) {
      try {
        if (!it.hasNext()) {
          break;
        }
        found.add(it.next().get());
      } catch (ServiceConfigurationError e) {
        // A services line naming a missing class, a provider whose constructor throws, ...
        // The iterator goes on to the next provider where it can.
        errors++;
        registry.problem("a plugin could not be loaded: " + e.getMessage()
            + (e.getCause() == null ? "" : " (" + e.getCause() + ")"), e);
      }
    }
    found.sort(Comparator.comparing(PluginLoader::sortKey));
    return found;
  }

  /**
   * The plugins {@code loader} can make, for the testkit's services (a test's class path);
   * one that cannot be made is left out, since it is not the one under test.
   */
  static List<Plugin> visible(ClassLoader loader) {
    return instantiate(ServiceLoader.load(Plugin.class, loader), new TypeRegistry());
  }

  private static TypeRegistry register(List<Plugin> plugins, TypeRegistry registry) {
    return loadAndCheck(plugins, registry).check();
  }

  /** Loads {@code plugins} into {@code registry} and adds start-up's problems with their types, without throwing. */
  static TypeRegistry loadAndCheck(List<Plugin> plugins, TypeRegistry registry) {
    plugins.forEach(registry::load);
    TypeCheck.run(registry);
    return registry;
  }

  /** By name, then class; a name() that throws is reported by the registry, not here. */
  private static String sortKey(Plugin p) {
    String name;
    try {
      name = String.valueOf(p.name());
    } catch (RuntimeException | LinkageError e) {
      name = "";
    }
    return name + "\0" + p.getClass().getName();
  }
}
