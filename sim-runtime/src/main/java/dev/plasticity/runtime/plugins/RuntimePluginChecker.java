package dev.plasticity.runtime.plugins;

import dev.plasticity.api.spi.Plugin;
import dev.plasticity.api.spi.PluginChecker;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;

/**
 * Start-up's checks of one plugin, for the testkit's contract: the plugin is loaded beside
 * the others its test can see (a default may name their types: the core plugin's
 * "xavier-uniform", say) and every problem that concerns it is returned, the very lines a
 * user of {@code bin/plasticity} would get.
 */
public final class RuntimePluginChecker implements PluginChecker {
  @Override
  public List<String> problems(Plugin plugin) {
    List<Plugin> plugins = new ArrayList<>();
    ClassLoader loader = plugin.getClass().getClassLoader();
    for (var it = ServiceLoader.load(Plugin.class, loader).stream().iterator(); ; ) {
      try {
        if (!it.hasNext()) {
          break;
        }
        Plugin other = it.next().get();
        if (other.getClass() != plugin.getClass()) {
          plugins.add(other);
        }
      } catch (ServiceConfigurationError e) {
        // another plugin that cannot be loaded is not the one under test
      }
    }
    plugins.add(plugin);
    TypeRegistry types = new TypeRegistry();
    plugins.forEach(types::load);
    TypeCheck.run(types);
    String name = String.valueOf(safeName(plugin));
    String cls = plugin.getClass().getName();
    return types.problems().stream()
        .filter(line -> line.contains("plugin '" + name + "'") || line.contains(cls))
        .toList();
  }

  private static String safeName(Plugin plugin) {
    try {
      return plugin.name();
    } catch (RuntimeException | LinkageError e) {
      return plugin.getClass().getName(); // the registry reports the throw itself
    }
  }
}
