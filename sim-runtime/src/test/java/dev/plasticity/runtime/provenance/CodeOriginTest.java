package dev.plasticity.runtime.provenance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.plasticity.runtime.core.CorePlugin;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CodeOriginTest {
  @TempDir
  Path dir;

  @Test
  void aJarIsRecordedWithItsHashADirectorySaysItHasNone() throws Exception {
    Path jar = Files.writeString(dir.resolve("mine.jar"), "abc");
    assertEquals(Map.of("location", jar.toString(),
            "sha256", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
        CodeOrigin.of(jar));
    assertEquals(Map.of("location", dir.toString(), "note", CodeOrigin.CLASSES_DIRECTORY), CodeOrigin.of(dir));
  }

  @Test
  void theProjectsOwnPluginsAreRecordedToo() {
    // Tests run the runtime from target/classes: its location, and no hash.
    Path classes = Path.of(CorePlugin.class.getProtectionDomain().getCodeSource().getLocation().getPath());
    assertEquals(Map.of("location", classes.toAbsolutePath().normalize().toString(),
        "note", CodeOrigin.CLASSES_DIRECTORY), CodeOrigin.of(CorePlugin.class));
  }

  @Test
  void theJdksOwnClassesHaveNoOrigin() {
    assertEquals(Map.of(), CodeOrigin.of(String.class));
  }
}
