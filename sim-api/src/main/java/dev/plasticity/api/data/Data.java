package dev.plasticity.api.data;

import java.util.List;

/**
 * What a scenario's data source loads: a training and a test set, and the files they were
 * read from (empty for generated data).
 */
public record Data(Dataset train, Dataset test, List<DataFile> files) {
  public Data {
    files = List.copyOf(files);
  }

  /** Data read from no file: generated, or built in memory. */
  public Data(Dataset train, Dataset test) {
    this(train, test, List.of());
  }
}
