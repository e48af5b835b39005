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

  /**
   * {@code args} followed by the options that run {@code scenario} on generated stand-ins
   * for data a fresh clone does not have (SIFT-10k, {@link SiftData#standIn}).
   */
  public static String[] withStandIns(Path scenario, String... args) {
    String[] extra = SiftData.standIn(scenario);
    String[] all = java.util.Arrays.copyOf(args, args.length + extra.length);
    System.arraycopy(extra, 0, all, args.length, extra.length);
    return all;
  }

  /** The text of {@code file}; "" when it is not there (yet). */
  public static String read(Path file) {
    try {
      return Files.exists(file) ? Files.readString(file) : "";
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Runs the command line in-process with every plugin of the build. */
  public static InProcess.Result cli(String... args) {
    return InProcess.run(TYPES, args);
  }
}
