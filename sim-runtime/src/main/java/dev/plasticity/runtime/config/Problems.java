package dev.plasticity.runtime.config;

import java.util.ArrayList;
import java.util.List;

/**
 * The problems found in an input, each one line: where, then what. A problem found at a
 * JSON path keeps the path apart from the message, so that the loader can still say where
 * a value came from (a --set, the smoke block) once binding has found it wrong.
 */
public final class Problems {
  /** One problem: at a JSON path such as {@code $.schedule.epochs}, or (path null) a whole line. */
  public record Problem(String path, String message) {
    public String line() {
      return path == null ? message : path + ": " + message;
    }
  }

  private final List<Problem> problems = new ArrayList<>();

  /** Records a problem at a JSON path such as {@code $.network.projections[1].init}. */
  public void at(String path, String message) {
    problems.add(new Problem(path, message));
  }

  public void add(String line) {
    problems.add(new Problem(null, line));
  }

  public void add(Problem problem) {
    problems.add(problem);
  }

  public void addAll(Problems other, String prefix) {
    other.problems.forEach(p -> add(prefix + p.line()));
  }

  public boolean isEmpty() {
    return problems.isEmpty();
  }

  public int size() {
    return problems.size();
  }

  public List<Problem> all() {
    return List.copyOf(problems);
  }

  public List<String> lines() {
    return problems.stream().map(Problem::line).toList();
  }

  /** Throws an {@link InputException} carrying every problem when there is any. */
  public void throwIfAny(String source) {
    if (!problems.isEmpty()) {
      throw new InputException(source, lines());
    }
  }
}
