package dev.plasticity.runtime.data;

import dev.plasticity.api.data.DataContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * A path as a scenario writes it and where it led, for messages: a relative path resolves
 * against the scenario's directory (then the working directory), which a message naming
 * only the resolved file leaves the reader to guess, above all for a copied scenario.
 */
final class WrittenPath {
  private WrittenPath() {}

  /**
   * "'../x.csv' (relative to the scenario's directory /s) is /x.csv": where {@code written}
   * led; the scenario's directory's file unless only the working directory has one.
   */
  static String where(String written, DataContext ctx) {
    if (Paths.get(written).isAbsolute()) {
      return "'" + written + "'";
    }
    Path beside = scenarioDir(ctx).resolve(written).normalize();
    Path resolved = ctx.resolve(written).toAbsolutePath().normalize();
    if (resolved.equals(beside) || !Files.exists(resolved)) {
      return "'" + written + "' (relative to the scenario's directory " + scenarioDir(ctx) + ") is " + beside;
    }
    return "'" + written + "' (relative to the working directory; the scenario's directory " + scenarioDir(ctx)
        + " has none) is " + resolved;
  }

  /** Nothing exists where {@code written} leads; the working directory's candidate is named too when it differs. */
  static String notFound(String written, DataContext ctx) {
    String message = where(written, ctx) + ": not found";
    if (Paths.get(written).isAbsolute()) {
      return message;
    }
    Path fromWorkingDir = Paths.get(written).toAbsolutePath().normalize();
    return fromWorkingDir.equals(scenarioDir(ctx).resolve(written).normalize()) ? message
        : message + " (nor is " + fromWorkingDir + ", relative to the working directory)";
  }

  /** The scenario's directory: it always exists, so it is what "." resolves to. */
  private static Path scenarioDir(DataContext ctx) {
    return ctx.resolve(".").toAbsolutePath().normalize();
  }
}
