package dev.plasticity.runtime.plugins;

import dev.plasticity.api.spi.Plugin;
import dev.plasticity.runtime.data.Sha256;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Where a plugin from outside the project was loaded from, for provenance.json: the project's
 * own plugins are fixed by its version, a user's jar is not, and a run should say which build
 * of it produced the numbers.
 */
public final class PluginOrigin {
  private PluginOrigin() {}

  /**
   * {@code location} (the jar or directory the plugin's class came from) and, for a jar, its
   * {@code sha256}; nothing for the project's own modules ({@code dev.plasticity.*}).
   */
  public static Map<String, String> of(Plugin plugin) {
    return LOADED.get(plugin.getClass());
  }

  /**
   * Computed once per plugin class: the build that was loaded, whatever happens to the jar
   * later, and the jar is read once however often a sitting asks (run.json, provenance).
   */
  private static final ClassValue<Map<String, String>> LOADED = new ClassValue<>() {
    @Override
    protected Map<String, String> computeValue(Class<?> c) {
      return origin(c);
    }
  };

  private static Map<String, String> origin(Class<?> c) {
    Module m = c.getModule();
    String name = m.isNamed() ? m.getName() : c.getPackageName();
    CodeSource source = c.getProtectionDomain().getCodeSource();
    if (name.startsWith("dev.plasticity.") || source == null || source.getLocation() == null) {
      return Map.of();
    }
    URL url = source.getLocation();
    try {
      return java.util.Collections.unmodifiableMap(of(Path.of(url.toURI()))); // in order: location, sha256
    } catch (URISyntaxException | IllegalArgumentException e) {
      return Map.of("location", url.toString()); // not a file: say what it is
    }
  }

  static Map<String, String> of(Path location) {
    Map<String, String> out = new LinkedHashMap<>();
    out.put("location", location.toAbsolutePath().normalize().toString());
    if (Files.isRegularFile(location)) {
      try {
        out.put("sha256", Sha256.of(location));
      } catch (IOException e) {
        out.put("sha256", "unreadable: " + e.getMessage());
      }
    }
    return out;
  }

}
