package dev.plasticity.api.data;

import java.nio.file.Path;

/** Where a data source looks for files. */
public interface DataContext {
  /**
   * Resolves a path written in a scenario: absolute as is; relative against the
   * scenario file's directory, then the working directory.
   */
  Path resolve(String path);

  /** The cache directory for downloaded data ({@code $PLASTICITY_CACHE} or ~/.cache). */
  Path cacheDir();
}
