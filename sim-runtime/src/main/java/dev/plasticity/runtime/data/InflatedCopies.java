package dev.plasticity.runtime.data;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.zip.GZIPInputStream;

/**
 * Inflated copies of gzipped data files in the cache directory. Inflating Fashion-MNIST's
 * 26 MB of images takes longer than everything else before a run's first tick; reading the
 * inflated copy takes a few milliseconds. A copy is keyed by the source's name, size and
 * modification time, and written atomically; when the cache cannot be written, the
 * gzipped file is read as it is.
 */
final class InflatedCopies {
  private InflatedCopies() {}

  /** The file to read for {@code gz}: an inflated copy under {@code cacheDir}, or gz itself. */
  static Path of(Path gz, Path cacheDir) {
    try {
      String key = gz.getFileName().toString().replaceAll("\\.gz$", "") + "."
          + Files.size(gz) + "-" + Files.getLastModifiedTime(gz).toMillis();
      Path copy = cacheDir.resolve("inflated").resolve(key);
      if (Files.isRegularFile(copy)) {
        return copy;
      }
      Files.createDirectories(copy.getParent());
      Path tmp = Files.createTempFile(copy.getParent(), key, ".part");
      try (InputStream in = new GZIPInputStream(Files.newInputStream(gz), 1 << 16)) {
        Files.copy(in, tmp, StandardCopyOption.REPLACE_EXISTING);
        Files.move(tmp, copy, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } finally {
        Files.deleteIfExists(tmp);
      }
      return copy;
    } catch (IOException | SecurityException e) {
      return gz;
    }
  }
}
