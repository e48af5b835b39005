package dev.plasticity.runtime.data;

import dev.plasticity.api.math.Matrix;
import java.io.DataInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** A file of vectors in the format its name says: TEXMEX {@code .fvecs/.bvecs/.ivecs}, or text. */
final class VectorFiles {
  private VectorFiles() {}

  /** The first {@code limit} vectors (0: all) as an n × d matrix. */
  static Matrix read(Path file, int limit) throws IOException {
    Optional<TexmexFormat> texmex = TexmexFormat.of(file);
    return texmex.isPresent() ? texmex.get().read(file, limit) : TextVectors.read(file, limit);
  }

  /** The vectors' dimension, read from the file's start; empty for a file with none. */
  static Optional<Integer> width(Path file) throws IOException {
    if (TexmexFormat.of(file).isEmpty()) {
      return TextVectors.width(file);
    }
    try (DataInputStream in = new DataInputStream(Files.newInputStream(file))) {
      int d = Integer.reverseBytes(in.readInt()); // little-endian
      return d > 0 ? Optional.of(d) : Optional.empty();
    } catch (java.io.EOFException e) {
      return Optional.empty();
    }
  }
}
