package dev.plasticity.runtime.plugins;

import java.util.List;

/** Two plugins registered the same type name; start-up stops. */
public final class PluginConflictException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final List<String> problems;

  public PluginConflictException(List<String> problems) {
    super(String.join("\n", problems));
    this.problems = List.copyOf(problems);
  }

  public List<String> problems() {
    return problems;
  }
}
