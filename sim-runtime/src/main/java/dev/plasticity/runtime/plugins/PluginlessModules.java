package dev.plasticity.runtime.plugins;

import dev.plasticity.api.spi.Plugin;
import java.lang.module.ModuleDescriptor;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Modules on the module path that look like plugins but declare none: they require the API
 * and provide no {@link Plugin}. Without the {@code provides} line ServiceLoader never sees
 * them, and a scenario naming their types would only hear "unknown type".
 */
final class PluginlessModules {
  private static final String API = Plugin.class.getModule().isNamed()
      ? Plugin.class.getModule().getName() : "dev.plasticity.api";

  /** Modules of the project that require the API without being plugins. */
  private static final Set<String> NOT_PLUGINS = Set.of("dev.plasticity.testkit");

  private PluginlessModules() {}

  /** One warning for each such module among {@code modules}, by name. */
  static List<String> warnings(Collection<ModuleDescriptor> modules) {
    return modules.stream()
        .filter(d -> !d.isAutomatic() && !NOT_PLUGINS.contains(d.name()))
        .filter(d -> d.requires().stream().anyMatch(r -> r.name().equals(API)))
        .filter(d -> d.provides().stream().noneMatch(p -> p.service().equals(Plugin.class.getName())))
        .sorted(Comparator.comparing(ModuleDescriptor::name))
        .map(d -> "module " + d.name() + " requires " + API + " but provides no " + Plugin.class.getName()
            + " (add 'provides " + Plugin.class.getName() + " with ...;' to its module-info.java)")
        .toList();
  }
}
