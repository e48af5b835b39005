package dev.plasticity.runtime.config;

import java.util.ArrayList;
import java.util.List;

/** The problems found in an input, each one line: where, then what. */
public final class Problems {
  private final List<String> lines = new ArrayList<>();

  /** Records a problem at a JSON path such as {@code $.network.projections[1].init}. */
  public void at(String path, String message) {
    lines.add(path + ": " + message);
  }

  public void add(String line) {
    lines.add(line);
  }

  public void addAll(Problems other, String prefix) {
    other.lines.forEach(l -> lines.add(prefix + l));
  }

  public boolean isEmpty() {
    return lines.isEmpty();
  }

  public int size() {
    return lines.size();
  }

  public List<String> lines() {
    return List.copyOf(lines);
  }

  /** Throws an {@link InputException} carrying every problem when there is any. */
  public void throwIfAny(String source) {
    if (!lines.isEmpty()) {
      throw new InputException(source, lines);
    }
  }
}
