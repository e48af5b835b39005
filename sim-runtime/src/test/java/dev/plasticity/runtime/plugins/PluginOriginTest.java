package dev.plasticity.runtime.plugins;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.plasticity.runtime.core.CorePlugin;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PluginOriginTest {
  @TempDir
  Path dir;

  @Test
  void aJarIsRecordedWithItsHashADirectoryWithoutOne() throws Exception {
    Path jar = Files.writeString(dir.resolve("mine.jar"), "abc");
    assertEquals(Map.of("location", jar.toString(),
            "sha256", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
        PluginOrigin.of(jar));
    assertEquals(Map.of("location", dir.toString()), PluginOrigin.of(dir));
  }

  @Test
  void theProjectsOwnPluginsAreFixedByItsVersion() {
    assertEquals(Map.of(), PluginOrigin.of(new CorePlugin()));
  }

  @Test
  void aPluginFromOutsideTheProjectSaysWhereItCameFrom() {
    Path classes = Path.of(BrokenPluginTest.class.getProtectionDomain().getCodeSource().getLocation().getPath());
    // the test's own plugins are in dev.plasticity packages: one outside needs another package
    assertEquals(Map.of("location", classes.toAbsolutePath().normalize().toString()),
        PluginOrigin.of(new org.elsewhere.OutsidePlugin()));
  }
}
