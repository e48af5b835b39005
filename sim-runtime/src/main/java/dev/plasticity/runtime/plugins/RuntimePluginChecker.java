package dev.plasticity.runtime.plugins;

import dev.plasticity.api.spi.Plugin;
import dev.plasticity.api.spi.PluginChecker;
import java.util.ArrayList;
import java.util.List;

/**
 * Start-up's checks of one plugin, for the testkit's contract: the plugin is loaded beside
 * the others its test can see (a default may name their types: the core plugin's
 * "xavier-uniform", say) and every problem that concerns it is returned, the very lines a
 * user of {@code bin/plasticity} would get.
 */
public final class RuntimePluginChecker implements PluginChecker {
  @Override
  public List<String> problems(Plugin plugin) {
    // The others the test can see; one that cannot be made is not the one under test.
    List<Plugin> plugins = new ArrayList<>(PluginLoader.visible(plugin.getClass().getClassLoader()));
    plugins.removeIf(other -> other.getClass() == plugin.getClass());
    plugins.add(plugin);
    TypeRegistry types = PluginLoader.loadAndCheck(plugins, new TypeRegistry());
    String name = safeName(plugin);
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
