package dev.plasticity.runtime.data;

import dev.plasticity.api.config.ConfigException;
import dev.plasticity.api.config.Default;
import dev.plasticity.api.config.Doc;
import dev.plasticity.api.config.Min;
import dev.plasticity.api.data.Data;
import dev.plasticity.api.data.DataContext;
import dev.plasticity.api.data.DataFile;
import dev.plasticity.api.data.DataSource;
import dev.plasticity.api.data.Dataset;
import dev.plasticity.api.math.Matrix;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Vectors from a file: one per line, numbers separated by commas (or white space), or a
 * TEXMEX {@code .fvecs}/{@code .bvecs}/{@code .ivecs} file, as its name says. Unlabelled;
 * the same vectors serve as training and test set.
 */
public record CsvVectors(
    @Doc("the file (text, or .fvecs/.bvecs/.ivecs); relative paths resolve against the scenario's directory")
        String path,
    @Doc("use only the first N rows (0: all)") @Default("0") @Min(0) int limit)
    implements DataSource, KnownShape {

  @Override
  public Data load(DataContext ctx) throws IOException {
    Path file = ctx.resolve(path);
    Matrix vectors = VectorFiles.read(file, limit);
    return unlabelled(file.getFileName().toString(), vectors,
        new DataFile(file.toAbsolutePath().normalize().toString(), RememberedSha256.of(file, ctx.cacheDir())));
  }

  /** {@code vectors} as an unlabelled set serving for training and test, read from {@code file}. */
  static Data unlabelled(String name, Matrix vectors, DataFile file) {
    int[] labels = new int[vectors.rows()];
    Arrays.fill(labels, -1);
    Dataset all = new Dataset(name, vectors, labels, 0);
    return new Data(all, all, List.of(file));
  }

  /** As many features as the file's first vector has; unlabelled. Empty when the file cannot be read. */
  @Override
  public Optional<DataShape> shape(DataContext ctx) {
    try {
      return VectorFiles.width(ctx.resolve(path)).map(d -> new DataShape(d, 0));
    } catch (IOException | RuntimeException e) {
      return Optional.empty(); // check() and load() say what is wrong with the file
    }
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
