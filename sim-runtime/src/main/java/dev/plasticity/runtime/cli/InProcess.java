package dev.plasticity.runtime.cli;

import dev.plasticity.runtime.output.Console;
import dev.plasticity.runtime.plugins.TypeRegistry;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * Runs the command line inside the current JVM and captures what it prints: for tests of
 * scenarios and plugins that want the real CLI without starting a process.
 */
public final class InProcess {
  /** Exit code and output of one invocation. */
  public record Result(int exit, String out, String err) {}

  private InProcess() {}

  /** Runs {@code args} with the plugins of {@code types}; System.out/err are captured meanwhile. */
  public static synchronized Result run(TypeRegistry types, String... args) {
    PrintStream oldOut = System.out;
    PrintStream oldErr = System.err;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
    PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8);
    System.setOut(o);
    System.setErr(e);
    try {
      int code = Main.execute(args, new Console(o, e, false), types);
      return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    } finally {
      System.setOut(oldOut);
      System.setErr(oldErr);
    }
  }
}
