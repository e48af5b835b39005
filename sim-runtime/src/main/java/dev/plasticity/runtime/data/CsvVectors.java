package dev.plasticity.runtime.data;

import dev.plasticity.api.config.ConfigException;
import dev.plasticity.api.config.Default;
import dev.plasticity.api.config.Doc;
import dev.plasticity.api.config.Min;
import dev.plasticity.api.data.Data;
import dev.plasticity.api.data.DataContext;
import dev.plasticity.api.data.DataSource;
import dev.plasticity.api.data.Dataset;
import dev.plasticity.api.math.Matrix;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Vectors, one per line, numbers separated by commas (or white space): SIFT-10k, say.
 * Unlabelled; the same vectors serve as training and test set.
 */
public record CsvVectors(
    @Doc("the file; relative paths resolve against the scenario's directory") String path,
    @Doc("use only the first N rows (0: all)") @Default("0") @Min(0) int limit)
    implements DataSource, KnownShape {
  private static final Pattern SEPARATORS = Pattern.compile("[,\\s]+");

  @Override
  public Data load(DataContext ctx) throws IOException {
    Path file = ctx.resolve(path);
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
    }
    if (n == 0) {
      throw new IOException(file + ": no vectors");
    }
    Dataset all = new Dataset(file.getFileName().toString(),
        Matrix.wrap(Arrays.copyOf(values, n * d), n, d), filled(n), 0);
    return new Data(all, all);
  }

  /** As many features as the file's first line has numbers; unlabelled. Empty when the file cannot be read. */
  @Override
  public Optional<DataShape> shape(DataContext ctx) {
    try (BufferedReader r = Files.newBufferedReader(ctx.resolve(path), StandardCharsets.UTF_8)) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (!line.isBlank()) {
          return Optional.of(new DataShape(SEPARATORS.split(line.trim()).length, 0));
        }
      }
      return Optional.empty();
    } catch (IOException | RuntimeException e) {
      return Optional.empty(); // check() and load() say what is wrong with the file
    }
  }

  private static int[] filled(int n) {
    int[] labels = new int[n];
    Arrays.fill(labels, -1);
    return labels;
  }

  /** A file that cannot be read is a problem of {@code path}: thrown as such, for the loader to say at $.data.path. */
  @Override
  public List<String> check(DataContext ctx) {
    Path file = ctx.resolve(path);
    if (!Files.exists(file)) {
      throw new ConfigException("path", WrittenPath.notFound(path, ctx));
    }
    if (!Files.isRegularFile(file)) {
      throw new ConfigException("path", WrittenPath.where(path, ctx) + ": a directory, not a file");
    }
    if (!Files.isReadable(file)) {
      throw new ConfigException("path", WrittenPath.where(path, ctx) + ": not readable (permission denied)");
    }
    return List.of();
  }
}
