package dev.plasticity.sweep;

import dev.plasticity.runtime.cli.InProcess;
import dev.plasticity.runtime.plugins.PluginLoader;
import dev.plasticity.runtime.plugins.TypeRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/** The command line in-process with the plugins on the test class path, and where the scenarios are. */
final class SweepRuns {
  static final TypeRegistry TYPES = PluginLoader.discover();

  private SweepRuns() {}

  static InProcess.Result cli(String... args) {
    return InProcess.run(TYPES, args);
  }

  /** A file of the project's {@code scenarios/} directory. */
  static Path scenario(String name) {
    Path here = Paths.get("").toAbsolutePath();
    Path root = Files.isDirectory(here.resolve("scenarios")) ? here : here.getParent();
    return root.resolve("scenarios").resolve(name);
  }

  static String read(Path p) {
    try {
      return Files.readString(p);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
