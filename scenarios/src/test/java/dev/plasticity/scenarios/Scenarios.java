package dev.plasticity.scenarios;

import dev.plasticity.runtime.output.Console;
import dev.plasticity.runtime.cli.Main;
import dev.plasticity.runtime.plugins.PluginLoader;
import dev.plasticity.runtime.plugins.TypeRegistry;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
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

  /** Exit code and output of one in-process invocation. */
  public record Result(int exit, String out, String err) {}

  public static synchronized Result cli(String... args) {
    PrintStream oldOut = System.out;
    PrintStream oldErr = System.err;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
    PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8);
    System.setOut(o);
    System.setErr(e);
    try {
      int code = Main.execute(args, new Console(o, e, false), TYPES);
      return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    } finally {
      System.setOut(oldOut);
      System.setErr(oldErr);
    }
  }
}
