package dev.plasticity.testkit;

import dev.plasticity.api.spi.Plugin;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.module.ModuleDescriptor;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.jar.JarFile;
import java.util.zip.ZipFile;

/**
 * What a plugin's build output declares, read from where its class was loaded (target/classes
 * or the jar): the module descriptor that the module path (bin/plasticity) goes by, and the
 * services file that the class path (tests, in-process runs) goes by. Tests run on the class
 * path, where module-info is ignored: a missing {@code provides} or {@code exports} passes
 * every other test and shows only when the jar is used.
 */
final class PluginPackaging {
  static final String SERVICE = Plugin.class.getName();
  static final String SERVICES_FILE = "META-INF/services/" + SERVICE;
  private static final String RUNTIME = "dev.plasticity.runtime";

  /** The module descriptor (null when there is none) and the services file's class names. */
  record Declared(String location, ModuleDescriptor module, List<String> services) {}

  private PluginPackaging() {}

  /** Reads what the build output holding {@code pluginClass} declares. */
  static Declared read(Class<?> pluginClass) {
    try {
      return read(Path.of(pluginClass.getProtectionDomain().getCodeSource().getLocation().toURI()));
    } catch (URISyntaxException | NullPointerException e) {
      throw new IllegalStateException("cannot tell where " + pluginClass + " was loaded from", e);
    }
  }

  /** Reads what a directory of classes or a jar declares. */
  static Declared read(Path location) {
    try {
      if (Files.isDirectory(location)) {
        Path info = location.resolve("module-info.class");
        Path services = location.resolve(SERVICES_FILE);
        return new Declared(location.toString(), Files.exists(info) ? descriptor(Files.newInputStream(info)) : null,
            Files.exists(services) ? classNames(Files.readString(services)) : List.of());
      }
      // A multi-release jar may keep its module-info under META-INF/versions/.
      try (JarFile jar = new JarFile(location.toFile(), true, ZipFile.OPEN_READ, Runtime.version())) {
        var info = jar.getEntry("module-info.class");
        var services = jar.getEntry(SERVICES_FILE);
        return new Declared(location.toString(), info == null ? null : descriptor(jar.getInputStream(info)),
            services == null ? List.of()
                : classNames(new String(jar.getInputStream(services).readAllBytes(), StandardCharsets.UTF_8)));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + location, e);
    }
  }

  private static ModuleDescriptor descriptor(InputStream in) throws IOException {
    try (in) {
      return ModuleDescriptor.read(in);
    }
  }

  /** The class names of a services file: one a line, '#' starts a comment. */
  static List<String> classNames(String file) {
    return file.lines().map(l -> l.replaceAll("#.*", "").strip()).filter(l -> !l.isEmpty()).toList();
  }

  /**
   * Each thing the module path or the class path would not find or could not use: the
   * plugin is not provided, not in the services file, cannot be instantiated by
   * ServiceLoader; a component record is not public or its package not exported.
   */
  static List<String> problems(Declared d, Class<?> plugin, Collection<Class<?>> records) {
    List<String> out = new ArrayList<>();
    String cls = plugin.getName();
    if (!Modifier.isPublic(plugin.getModifiers()) || !hasPublicNoArgConstructor(plugin)) {
      out.add(cls + " must be a public class with a public no-argument constructor: ServiceLoader makes it");
    }
    if (!d.services().contains(cls)) {
      out.add("no " + SERVICES_FILE + " naming " + cls + " in " + d.location() + ": on the class path (tests, "
          + "InProcess) the plugin is not found; add src/main/resources/" + SERVICES_FILE + " with the line " + cls);
    }
    ModuleDescriptor m = d.module();
    if (m != null && m.provides().stream().noneMatch(p -> p.service().equals(SERVICE) && p.providers().contains(cls))) {
      out.add("module " + m.name() + " does not provide the plugin: on the module path (bin/plasticity) it is not "
          + "found; add 'provides " + SERVICE + " with " + cls + ";' to its module-info.java");
    }
    for (Class<?> r : records) {
      if (!Modifier.isPublic(r.getModifiers())) {
        out.add("record " + r.getName() + " is not public: the runtime cannot build it from JSON; make it public");
      } else if (m != null && !reachable(m, r.getPackageName())) {
        out.add("package " + r.getPackageName() + " of " + r.getName() + " is not exported by module " + m.name()
            + ": the runtime cannot build the record from JSON; add 'exports " + r.getPackageName()
            + ";' to its module-info.java");
      }
    }
    return out.stream().distinct().toList();
  }

  /** Whether the runtime may call the record's public constructor: exported, or opened (which implies it). */
  private static boolean reachable(ModuleDescriptor m, String pkg) {
    return m.isOpen() || m.isAutomatic()
        || m.exports().stream().anyMatch(e -> e.source().equals(pkg) && (!e.isQualified() || e.targets().contains(RUNTIME)))
        || m.opens().stream().anyMatch(o -> o.source().equals(pkg) && (!o.isQualified() || o.targets().contains(RUNTIME)));
  }

  private static boolean hasPublicNoArgConstructor(Class<?> c) {
    try {
      return Modifier.isPublic(c.getConstructor().getModifiers());
    } catch (NoSuchMethodException e) {
      return false;
    }
  }
}
