package dev.plasticity.runtime.data;

import dev.plasticity.api.math.Matrix;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Pattern;

/** Vectors as text, one per line, numbers separated by commas or white space; blank lines skipped. */
final class TextVectors {
  private static final Pattern SEPARATORS = Pattern.compile("[,\\s]+");

  private TextVectors() {}

  /** The first {@code limit} vectors of {@code file} (0: all) as an n × d matrix, d from the first line. */
  static Matrix read(Path file, int limit) throws IOException {
    float[] values = new float[1 << 16];
    int n = 0;
    int d = -1;
    int count = 0;
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      int lineNo = 0;
      while ((line = r.readLine()) != null) {
        lineNo++;
        if (line.isBlank()) {
          continue;
        }
        String[] parts = SEPARATORS.split(line.trim());
        if (d < 0) {
          d = parts.length;
        } else if (parts.length != d) {
          throw new IOException(file + ":" + lineNo + ": " + parts.length + " values, expected " + d);
        }
        if (count + d > values.length) {
          values = Arrays.copyOf(values, Math.max(values.length * 2, count + d));
        }
        for (String p : parts) {
          try {
            values[count++] = Float.parseFloat(p);
          } catch (NumberFormatException e) {
            throw new IOException(file + ":" + lineNo + ": not a number: '" + p + "'");
          }
        }
        n++;
        if (limit > 0 && n == limit) {
          break;
        }
      }
    } catch (java.nio.charset.CharacterCodingException e) {
      throw new IOException(file + ": not UTF-8 text, nor named .fvecs, .bvecs or .ivecs", e);
    }
    if (n == 0) {
      throw new IOException(file + ": no vectors");
    }
    return Matrix.wrap(Arrays.copyOf(values, n * d), n, d);
  }

  /** How many numbers the first non-blank line has; empty when there is none. */
  static Optional<Integer> width(Path file) throws IOException {
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (!line.isBlank()) {
          return Optional.of(SEPARATORS.split(line.trim()).length);
        }
      }
      return Optional.empty();
    }
  }
}
