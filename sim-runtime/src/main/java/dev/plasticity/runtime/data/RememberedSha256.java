package dev.plasticity.runtime.data;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HexFormat;

/**
 * A data file's SHA-256 for a run's provenance, remembered in the cache directory: hashing
 * Fashion-MNIST's 30 MB takes up to a second in a fresh JVM, more than reading the images
 * from their inflated copies. Remembered under the file's absolute path, size and
 * modification time, as {@link InflatedCopies} keys its copies; a file changed in place
 * changes its modification time. When the cache cannot be written, the file is hashed each
 * time.
 */
final class RememberedSha256 {
  private RememberedSha256() {}

  static String of(Path file, Path cacheDir) throws IOException {
    Path absolute = file.toAbsolutePath().normalize();
    String key = file.getFileName() + "." + Files.size(file) + "-" + Files.getLastModifiedTime(file).toMillis() + "-"
        + HexFormat.of().formatHex(Sha256.digest().digest(absolute.toString().getBytes(StandardCharsets.UTF_8)), 0, 8);
    Path remembered = cacheDir.resolve("sha256").resolve(key);
    try {
      if (Files.isRegularFile(remembered)) {
        String hex = Files.readString(remembered, StandardCharsets.US_ASCII).trim();
        if (hex.matches("[0-9a-f]{64}")) {
          return hex;
        }
      }
    } catch (IOException | SecurityException e) {
      // unreadable: hash the file below
    }
    String hex = Sha256.of(file);
    Path tmp = null;
    try {
      Files.createDirectories(remembered.getParent());
      tmp = Files.createTempFile(remembered.getParent(), key, ".part");
      Files.writeString(tmp, hex + "\n", StandardCharsets.US_ASCII);
      Files.move(tmp, remembered, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException | SecurityException e) {
      // a read-only cache: the next run hashes again
    } finally {
      if (tmp != null) {
        Files.deleteIfExists(tmp);
      }
    }
    return hex;
  }
}
