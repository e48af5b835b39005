package dev.plasticity.scenarios;

import dev.plasticity.runtime.cli.InProcess;
import dev.plasticity.runtime.plugins.PluginLoader;
import dev.plasticity.runtime.plugins.TypeRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.stream.Stream;

/** Where the scenario files are, and a way to run the command line in-process. */
public final class Scenarios {
  private Scenarios() {}

  public static final TypeRegistry TYPES = PluginLoader.discover();

  /** The {@code scenarios/} directory (this module's base directory). */
  public static Path dir() {
    Path here = Paths.get("").toAbsolutePath();
    return Files.isDirectory(here.resolve("alignment")) ? here : here.resolve("scenarios");
  }

  /** Every scenario JSON file, sorted. */
  public static List<Path> all() {
    try (Stream<Path> s = Files.walk(dir())) {
      return s.filter(p -> p.toString().endsWith(".json"))
          .filter(p -> !p.toString().contains("/target/") && !p.toString().contains("/src/"))
          .sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Runs the command line in-process with every plugin of the build. */
  public static InProcess.Result cli(String... args) {
    return InProcess.run(TYPES, args);
  }
}
