package dev.plasticity.runtime.plugins;

import java.util.List;

/**
 * A plugin cannot be used (it failed while registering, a type of it cannot be bound) or two
 * plugins clash: start-up stops with one line per problem, as bad input (exit 2). The
 * exceptions plugins threw are kept as suppressed ones, for PLASTICITY_DEBUG.
 */
public final class PluginException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final List<String> problems;

  public PluginException(List<String> problems, List<Throwable> causes) {
    super(String.join("\n", problems));
    this.problems = List.copyOf(problems);
    causes.forEach(this::addSuppressed);
  }

  public PluginException(List<String> problems) {
    this(problems, List.of());
  }

  public List<String> problems() {
    return problems;
  }
}
