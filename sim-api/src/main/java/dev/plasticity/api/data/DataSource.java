package dev.plasticity.api.data;

import java.io.IOException;
import java.util.List;

/** Loads a scenario's data (kind {@code data}). */
public interface DataSource {
  Data load(DataContext ctx) throws IOException;

  /**
   * Problems that would stop {@link #load} (a missing file, say), found without loading:
   * {@code plasticity validate} reports them. Each is one line naming the file.
   */
  default List<String> check(DataContext ctx) {
    return List.of();
  }
}
