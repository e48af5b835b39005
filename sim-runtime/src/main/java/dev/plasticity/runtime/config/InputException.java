package dev.plasticity.runtime.config;

import java.util.List;

/**
 * Bad input (a scenario, an option, a data file): exit code 2, one line per problem,
 * each prefixed with the source it concerns. Never shown as a stack trace.
 */
public final class InputException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final List<String> lines;

  public InputException(String source, List<String> problems) {
    super(String.join("\n", problems));
    this.lines = problems.stream().map(p -> source == null ? p : source + ": " + p).toList();
  }

  public InputException(String source, String problem) {
    this(source, List.of(problem));
  }

  /** Every problem as a printable line. */
  public List<String> lines() {
    return lines;
  }
}
