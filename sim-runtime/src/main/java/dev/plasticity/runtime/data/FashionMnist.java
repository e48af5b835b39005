package dev.plasticity.runtime.data;

import dev.plasticity.api.config.ConfigException;
import dev.plasticity.api.config.Default;
import dev.plasticity.api.config.Doc;
import dev.plasticity.api.config.Min;
import dev.plasticity.api.config.Optional;
import dev.plasticity.api.data.Data;
import dev.plasticity.api.data.DataContext;
import dev.plasticity.api.data.DataFile;
import dev.plasticity.api.data.DataSource;
import dev.plasticity.api.data.Dataset;
import dev.plasticity.api.math.Matrix;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;

/**
 * Fashion-MNIST (Xiao et al. 2017): 60,000 training and 10,000 test images of 28 × 28,
 * ten classes. Looked for in {@code dir} if given, then {@code $PLASTICITY_DATA/fashion-mnist}
 * and {@code $PLASTICITY_DATA}, then Debian's
 * {@code /usr/share/datasets/fashion-mnist/} (package dataset-fashion-mnist), then the
 * cache directory; downloaded into the cache, checksum verified, when none has it.
 */
public record FashionMnist(
    @Doc("directory holding the four IDX files; searched first") @Optional String dir,
    @Doc("pixel values are multiplied by this (1/255 maps them to [0, 1])") @Default("0.00392156862745098")
        @Min(value = 0, exclusive = true) double scale,
    @Doc("use only the first N training images (0: all)") @Default("0") @Min(0) int trainLimit,
    @Doc("use only the first N test images (0: all)") @Default("0") @Min(0) int testLimit,
    @Doc("zero pixels added on every side after scaling (2: the 32x32 input of LeNet)") @Default("0")
        @Min(0) int pad,
    @Doc("subtracted from every pixel after scaling and padding") @Default("0") double mean,
    @Doc("every pixel is then divided by this") @Default("1") @Min(value = 0, exclusive = true) double sd)
    implements DataSource, KnownShape {
  /** 28 × 28 images of ten kinds of clothing, whatever the files: the set is fixed. */
  static final DataShape SHAPE = new DataShape(28 * 28, 10);
  static final int SIDE = 28;

  /** The images as scaled, neither padded nor normalised. */
  public FashionMnist(String dir, double scale, int trainLimit, int testLimit) {
    this(dir, scale, trainLimit, testLimit, 0, 0, 1);
  }

  /** Features per image once padded: (28 + 2·pad)². */
  private DataShape framedShape() {
    int side = SIDE + 2 * pad;
    return new DataShape(side * side, SHAPE.classes());
  }

  /** Where Debian's dataset-fashion-mnist puts the files (a property overrides it, for tests). */
  static String systemDir() {
    return System.getProperty("plasticity.fashion-mnist.system-dir", "/usr/share/datasets/fashion-mnist");
  }
  static final String MIRROR = "http://fashion-mnist.s3-website.eu-central-1.amazonaws.com/";

  /** Where the files are downloaded from: {@link #MIRROR} unless a property names another (tests). */
  static String mirror() {
    return System.getProperty("plasticity.fashion-mnist.mirror", MIRROR);
  }

  /** The four files and their SHA-256 (the gzipped originals). */
  enum Part {
    TRAIN_IMAGES("train-images-idx3-ubyte.gz", "b0564c3eedabfbf835052cff8503ea422014ce006caf5b757f851416ee8300c7"),
    TRAIN_LABELS("train-labels-idx1-ubyte.gz", "0ae29f65d86684f32d1b9c85147786c547b9c6aebcaf235f0400a0cce308b056"),
    TEST_IMAGES("t10k-images-idx3-ubyte.gz", "cc1d090a38ace84dfa1aa66e3ada7c336ef481a96936906477e6dd344da56eaa"),
    TEST_LABELS("t10k-labels-idx1-ubyte.gz", "8d3605d196f4be44669e46906da9733c8131fef761fdbfec72c424d5222f1a05");

    final String file;
    final String sha256;

    Part(String file, String sha256) {
      this.file = file;
      this.sha256 = sha256;
    }
  }

  @Override
  public Data load(DataContext ctx) throws IOException {
    Path found = locate(ctx);
    Path dir = found != null ? found : download(ctx);
    // Reading the images is most of a run's start-up: the two sets in parallel, from
    // inflated copies in the cache once the first run has made them.
    Path cache = ctx.cacheDir().resolve("fashion-mnist");
    java.util.concurrent.CompletableFuture<Dataset> pending = java.util.concurrent.CompletableFuture
        .supplyAsync(() -> readUnchecked(dir, cache, Part.TEST_IMAGES, Part.TEST_LABELS, "fashion-mnist/test"));
    Dataset train = read(dir, cache, Part.TRAIN_IMAGES, Part.TRAIN_LABELS, "fashion-mnist/train");
    Dataset test;
    try {
      test = pending.join();
    } catch (java.util.concurrent.CompletionException e) {
      if (e.getCause() instanceof java.io.UncheckedIOException u) {
        throw u.getCause();
      }
      throw e;
    }
    List<DataFile> files = new ArrayList<>();
    for (Part p : Part.values()) {
      Path file = dir.resolve(p.file);
      files.add(new DataFile(file.toAbsolutePath().normalize().toString(), RememberedSha256.of(file, cache)));
    }
    return new Data(trainLimit > 0 ? train.head(trainLimit) : train,
        testLimit > 0 ? test.head(testLimit) : test, files);
  }

  @Override
  public List<String> check(DataContext ctx) {
    // A directory given explicitly must hold the files; otherwise a run searches the
    // system and cache directories and downloads as a last resort, so nothing is wrong yet.
    // A problem of "dir" is thrown as such, for the loader to say at $.data.dir.
    if (dir != null && !Files.exists(ctx.resolve(dir))) {
      throw new ConfigException("dir", WrittenPath.notFound(dir, ctx));
    }
    if (dir != null && !complete(ctx.resolve(dir))) {
      throw new ConfigException("dir", WrittenPath.where(dir, ctx) + ": no Fashion-MNIST files there (expected "
          + Part.TRAIN_IMAGES.file + " and the three others)");
    }
    return List.of();
  }

  @Override
  public java.util.Optional<DataShape> shape(DataContext ctx) {
    return java.util.Optional.of(framedShape());
  }

  private List<Path> candidates(DataContext ctx) {
    List<Path> dirs = new ArrayList<>();
    if (dir != null) {
      dirs.add(ctx.resolve(dir));
    }
    UserDataDir.get().ifPresent(d -> {
      dirs.add(d.resolve("fashion-mnist"));
      dirs.add(d);
    });
    dirs.add(Paths.get(systemDir()));
    dirs.add(ctx.cacheDir().resolve("fashion-mnist"));
    return dirs;
  }

  private Path locate(DataContext ctx) {
    for (Path d : candidates(ctx)) {
      if (complete(d)) {
        return d;
      }
    }
    return null;
  }

  private static boolean complete(Path d) {
    for (Part p : Part.values()) {
      if (!Files.isRegularFile(d.resolve(p.file))) {
        return false;
      }
    }
    return true;
  }

  private Path download(DataContext ctx) throws IOException {
    Path cache = ctx.cacheDir().resolve("fashion-mnist");
    List<String> tried = new ArrayList<>();
    candidates(ctx).forEach(d -> tried.add(d.toString()));
    String mirror = mirror();
    try {
      for (Part p : Part.values()) {
        Path target = cache.resolve(p.file);
        if (Files.isRegularFile(target) && Sha256.of(target).equals(p.sha256)) {
          continue;
        }
        Path tmp = Download.toTemporaryFile(mirror + p.file, cache, p.file);
        try {
          String got = Sha256.of(tmp);
          if (!got.equals(p.sha256)) {
            throw new IOException(mirror + p.file + " has SHA-256 " + got + ", expected " + p.sha256);
          }
          Files.move(tmp, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } finally {
          Files.deleteIfExists(tmp);
        }
      }
      return cache;
    } catch (IOException e) {
      throw new IOException("Fashion-MNIST not found in " + String.join(", ", tried)
          + ", and the download from " + mirror + " failed (" + Download.reason(e)
          + "); install it with 'apt-get install dataset-fashion-mnist'", e);
    }
  }

  private Dataset readUnchecked(Path dir, Path cache, Part images, Part labels, String name) {
    try {
      return read(dir, cache, images, labels, name);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private Dataset read(Path dir, Path cache, Part images, Part labels, String name)
      throws IOException {
    int[] shape = new int[2];
    float[] x = IdxReader.images(InflatedCopies.of(dir.resolve(images.file), cache), 0, (float) scale, shape);
    int[] y = IdxReader.labels(dir.resolve(labels.file), 0);
    if (pad > 0 || mean != 0 || sd != 1) {
      x = framed(x, shape[0]);
      shape[1] = framedShape().features();
    }
    return new Dataset(name, Matrix.wrap(x, shape[0], shape[1]), y, SHAPE.classes());
  }

  /** Pads each 28 × 28 image with zeros, then maps every pixel v to (v − mean) / sd. */
  private float[] framed(float[] x, int n) {
    int side = SIDE + 2 * pad;
    float[] out = new float[n * side * side];
    for (int i = 0; i < n; i++) {
      for (int row = 0; row < SIDE; row++) {
        System.arraycopy(x, (i * SIDE + row) * SIDE, out, (i * side + row + pad) * side + pad, SIDE);
      }
    }
    for (int i = 0; i < out.length; i++) {
      out[i] = (float) ((out[i] - mean) / sd);
    }
    return out;
  }
}
