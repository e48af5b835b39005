package dev.plasticity.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.plasticity.api.spi.Plugin;
import java.io.OutputStream;
import java.lang.module.ModuleDescriptor;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PluginPackagingTest {
  private static final String PLUGIN = PluginContractTest.OneType.class.getName();
  private static final Class<?> RECORD = PluginContractTest.UnkeptRedraw.class;
  private static final String PKG = RECORD.getPackageName();

  @TempDir
  Path dir;

  private static ModuleDescriptor.Builder module() {
    return ModuleDescriptor.newModule("org.audit.rfa").requires("dev.plasticity.api");
  }

  private static List<String> problems(ModuleDescriptor m, List<String> services) {
    return PluginPackaging.problems(new PluginPackaging.Declared("target/classes", m, services),
        PublicPlugin.class, List.of(RECORD));
  }

  /** A public plugin class with a public no-argument constructor. */
  public static final class PublicPlugin extends PluginContractTest.OneType {
    public PublicPlugin() {
      super(null, null);
    }
  }

  /** The compiled module-info of sim-api, from its classes directory or its jar. */
  private static byte[] apiModuleInfo() throws Exception {
    Path api = Path.of(Plugin.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    if (Files.isDirectory(api)) {
      return Files.readAllBytes(api.resolve("module-info.class"));
    }
    try (FileSystem jar = FileSystems.newFileSystem(api)) {
      return Files.readAllBytes(jar.getPath("module-info.class"));
    }
  }

  @Test
  void aModuleThatProvidesAndExportsAndAServicesFilePass() {
    String cls = PublicPlugin.class.getName();
    assertEquals(List.of(), problems(module().exports(PKG).provides(PluginPackaging.SERVICE, List.of(cls)).build(),
        List.of(cls)));
    // exported to the runtime only, or opened (which lets reflection reach public members too)
    assertEquals(List.of(), problems(module().exports(PKG, Set.of("dev.plasticity.runtime"))
        .provides(PluginPackaging.SERVICE, List.of(cls)).build(), List.of(cls)));
    assertEquals(List.of(), problems(module().opens(PKG).provides(PluginPackaging.SERVICE, List.of(cls)).build(),
        List.of(cls)));
  }

  @Test
  void eachMissingDeclarationIsOneLineWithTheFix() {
    String cls = PublicPlugin.class.getName();
    assertEquals(List.of(
            "no META-INF/services/dev.plasticity.api.spi.Plugin naming " + cls + " in target/classes: on the class "
                + "path (tests, InProcess) the plugin is not found; add src/main/resources/META-INF/services/"
                + "dev.plasticity.api.spi.Plugin with the line " + cls,
            "module org.audit.rfa does not provide the plugin: on the module path (bin/plasticity) it is not found; "
                + "add 'provides dev.plasticity.api.spi.Plugin with " + cls + ";' to its module-info.java",
            "package " + PKG + " of " + RECORD.getName() + " is not exported by module org.audit.rfa: the runtime "
                + "cannot build the record from JSON; add 'exports " + PKG + ";' to its module-info.java"),
        problems(module().exports(PKG, Set.of("some.other.module")).build(), List.of("# " + cls)));
  }

  @Test
  void aJarIsReadLikeADirectory() throws Exception {
    byte[] apiInfo = apiModuleInfo();
    Path jar = dir.resolve("plugin.jar");
    try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
      put(out, "module-info.class", apiInfo);
      put(out, PluginPackaging.SERVICES_FILE, ("# the plugin\n" + PLUGIN + "  \n\n").getBytes(StandardCharsets.UTF_8));
    }
    PluginPackaging.Declared d = PluginPackaging.read(jar);
    assertEquals("dev.plasticity.api", d.module().name());
    assertEquals(List.of(PLUGIN), d.services());
  }

  private static void put(JarOutputStream out, String name, byte[] bytes) throws Exception {
    out.putNextEntry(new JarEntry(name));
    ((OutputStream) out).write(bytes);
    out.closeEntry();
  }
}
