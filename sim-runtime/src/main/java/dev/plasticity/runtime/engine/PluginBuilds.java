package dev.plasticity.runtime.engine;

import dev.plasticity.api.spi.Plugin;
import dev.plasticity.runtime.provenance.CodeOrigin;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which build of each plugin a run started with (its jar's SHA-256), kept in
 * {@code checkpoint/run.json}, so that a resume under a rebuilt jar says so: the resumed part
 * then runs other code, and its numbers need not be an uninterrupted run's.
 */
final class PluginBuilds {
  static final String KEY = "pluginBuilds";

  private PluginBuilds() {}

  /** Plugin name → its jar's SHA-256, for the plugins loaded from a jar (not a classes directory). */
  static Map<String, String> of(List<Plugin> plugins) {
    Map<String, String> builds = new LinkedHashMap<>();
    for (Plugin p : plugins) {
      String sha = CodeOrigin.of(p.getClass()).get("sha256");
      if (sha != null) {
        builds.put(p.name(), sha);
      }
    }
    return builds;
  }

  /** One warning per plugin whose build differs from the one the run started with, or is gone. */
  static List<String> changes(Map<String, String> then, Map<String, String> now) {
    List<String> warnings = new ArrayList<>();
    then.forEach((name, sha) -> {
      String current = now.get(name);
      if (current == null) {
        warnings.add("plugin '" + name + "' ran this run from a jar that is not loaded now; its variants "
            + "will fail to bind (is PLASTICITY_PLUGIN_PATH set as it was?)");
      } else if (!current.equals(sha)) {
        warnings.add("plugin '" + name + "' was rebuilt since this run started (SHA-256 " + sha.substring(0, 12)
            + "…, now " + current.substring(0, 12) + "…): the resumed part runs the new build, so its "
            + "numbers may differ from an uninterrupted run's");
      }
    });
    return warnings;
  }
}
