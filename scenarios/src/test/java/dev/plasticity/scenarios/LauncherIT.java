package dev.plasticity.scenarios;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** bin/plasticity with PLASTICITY_PLUGIN_PATH: a good entry runs, a bad one is one line of bad input. */
class LauncherIT {
  @TempDir
  Path dir;

  static List<String> launcher(String... args) {
    List<String> cmd = new java.util.ArrayList<>(List.of("bash",
        Scenarios.dir().getParent().resolve("bin/plasticity").toString()));
    cmd.addAll(List.of(args));
    return cmd;
  }

  private String list(Path pluginPath, int exit) throws Exception {
    return ModulePathIT.run(launcher("list"),
        Map.of("PLASTICITY_PLUGIN_PATH", pluginPath.toString(), "PLASTICITY_NO_BUILD", "1"), exit);
  }

  @Test
  void aDirectoryOfJarsOnThePluginPathRunsTheCommand() throws Exception {
    assertTrue(list(dir, 0).contains("feedback-alignment"));
  }

  @Test
  void aMissingEntryOrABuildDirectoryIsBadInput() throws Exception {
    String missing = list(dir.resolve("nope.jar"), 2);
    assertTrue(missing.startsWith("error: PLASTICITY_PLUGIN_PATH: " + dir.resolve("nope.jar")
        + ": no such file or directory"), missing);
    Path target = dir.resolve("target");
    Files.createDirectories(target.resolve("classes"));
    Files.writeString(target.resolve("classes/module-info.class"), "");
    Files.writeString(target.resolve("mine.jar"), "");
    String build = list(target, 2);
    assertTrue(build.contains("is a build directory; name the plugin's jar in it: " + target.resolve("mine.jar")),
        build);
  }
}
