package dev.plasticity.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Black-box: a user's plugin module beside the assembled jars, as PLASTICITY_PLUGIN_PATH adds
 * it. What only the module path shows: a module that forgets its {@code provides} line is
 * warned about, a type in a package that is not exported stops start-up naming the fix, and
 * {@code exports} without {@code opens} is enough for the runtime to build records.
 */
class PluginModulePathIT {
  @TempDir
  Path dir;

  private static final String METRIC = """
      package org.it.p;

      public record Nothing(@dev.plasticity.api.config.Default("1") int every)
          implements dev.plasticity.api.sim.Metric {
        @Override
        public void install(dev.plasticity.api.sim.SimContext ctx) {}
      }
      """;

  private static final String PLUGIN = """
      package org.it.p;

      public final class ItPlugin implements dev.plasticity.api.spi.Plugin {
        @Override
        public String name() {
          return "it";
        }

        @Override
        public String description() {
          return "a plugin compiled by the test";
        }

        @Override
        public void register(dev.plasticity.api.spi.ComponentRegistry r) {
          r.add(dev.plasticity.api.spi.Kinds.METRIC, "it-nothing", "measures nothing", Nothing.class);
        }
      }
      """;

  /** Compiles {@code moduleInfo} and the plugin's classes into an exploded module. */
  private Path module(String moduleInfo) throws Exception {
    Path src = dir.resolve("src");
    Path out = dir.resolve("org.it.p");
    Map<String, String> files = Map.of("module-info.java", moduleInfo,
        "org/it/p/Nothing.java", METRIC, "org/it/p/ItPlugin.java", PLUGIN);
    List<String> args = new ArrayList<>(List.of("-d", out.toString(),
        "--module-path", ModulePathIT.modules().toString()));
    for (Map.Entry<String, String> f : files.entrySet()) {
      Path file = src.resolve(f.getKey());
      Files.createDirectories(file.getParent());
      Files.writeString(file, f.getValue());
      args.add(file.toString());
    }
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    ByteArrayOutputStream messages = new ByteArrayOutputStream();
    assertEquals(0, javac.run(null, messages, messages, args.toArray(String[]::new)), messages.toString());
    return out;
  }

  /** bin/plasticity's command line with {@code plugin} on the plugin path. */
  private static List<String> java(Path plugin, String... args) {
    List<String> cmd = ModulePathIT.java(args);
    int at = cmd.indexOf("--module-path") + 1;
    cmd.set(at, cmd.get(at) + File.pathSeparator + plugin);
    return cmd;
  }

  /** A shipped scenario with the plugin's metric added. */
  private Path scenarioUsingTheMetric() throws Exception {
    String json = Files.readString(Scenarios.dir().resolve("alignment/bp-fashion-mnist.json"));
    String metrics = "\"metrics\": [\"train-loss\", \"test-accuracy\"]";
    assertTrue(json.contains(metrics), json);
    Path file = dir.resolve("uses-it.json");
    Files.writeString(file, json.replace(metrics,
        "\"metrics\": [\"train-loss\", \"test-accuracy\", {\"type\": \"it-nothing\", \"every\": 2}]"));
    return file;
  }

  @Test
  void exportsWithoutOpensIsEnoughToBindTheRecords() throws Exception {
    Path plugin = module("""
        module org.it.p {
          requires dev.plasticity.api;
          exports org.it.p;
          provides dev.plasticity.api.spi.Plugin with org.it.p.ItPlugin;
        }
        """);
    String out = ModulePathIT.run(java(plugin, "validate", scenarioUsingTheMetric().toString()), 0);
    assertTrue(out.contains("ok: "), out);
    assertFalse(out.contains("warning:"), out);
  }

  @Test
  void aTypeInAPackageThatIsNotExportedStopsStartUpNamingTheFix() throws Exception {
    Path plugin = module("""
        module org.it.p {
          requires dev.plasticity.api;
          provides dev.plasticity.api.spi.Plugin with org.it.p.ItPlugin;
        }
        """);
    String out = ModulePathIT.run(java(plugin, "list"), 2);
    assertTrue(out.contains("error: plugin 'it' (module org.it.p): type 'it-nothing' (org.it.p.Nothing): "
        + "package org.it.p is not exported, so the runtime cannot build the record from JSON; "
        + "add 'exports org.it.p;' to the module-info.java of org.it.p\n"), out);
    assertFalse(out.contains("\tat "), "no stack trace:\n" + out);
  }

  @Test
  void aModuleWithoutItsProvidesLineIsWarnedAboutOnce() throws Exception {
    Path plugin = module("""
        module org.it.p {
          requires dev.plasticity.api;
          exports org.it.p;
        }
        """);
    String out = ModulePathIT.run(java(plugin, "validate", scenarioUsingTheMetric().toString()), 2);
    String warning = "warning: module org.it.p requires dev.plasticity.api but provides no "
        + "dev.plasticity.api.spi.Plugin (add 'provides dev.plasticity.api.spi.Plugin with ...;' to its "
        + "module-info.java)\n";
    assertEquals(1, out.split(java.util.regex.Pattern.quote(warning), -1).length - 1, out);
    assertTrue(out.contains("unknown metric type 'it-nothing'"), out);
    assertTrue(out.contains("no plugin on the module path registers it (bin/plasticity adds the jars in "
        + "PLASTICITY_PLUGIN_PATH)"), out);
  }
}
