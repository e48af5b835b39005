package dev.plasticity.runtime.data;

import dev.plasticity.api.config.ConfigException;
import dev.plasticity.api.config.Default;
import dev.plasticity.api.config.Doc;
import dev.plasticity.api.config.Min;
import dev.plasticity.api.data.Data;
import dev.plasticity.api.data.DataContext;
import dev.plasticity.api.data.DataFile;
import dev.plasticity.api.data.DataSource;
import dev.plasticity.api.math.Matrix;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * SIFT-10k: the base set of the TEXMEX corpus's {@code siftsmall} (Jégou, Douze & Schmid
 * 2011), 10,000 SIFT descriptors of 128 components, the set Dasgupta et al. 2017 evaluate
 * FlyHash on. Unlabelled; the same vectors serve as training and test set. Looked for in
 * {@code dir} if given, then {@code $PLASTICITY_DATA}, then the cache directory, each
 * holding {@code siftsmall_base.fvecs} (also inside {@code siftsmall/}, as the archive
 * unpacks) or the text copy {@code sift10k.txt}; downloaded into the cache when none has
 * it. Whatever was read is verified against the SHA-256 of the decoded vectors
 * ({@link VectorsSha256}), so the text copy and the .fvecs file are the same data set.
 */
public record Sift10k(
    @Doc("directory holding siftsmall_base.fvecs or sift10k.txt; searched first") @dev.plasticity.api.config.Optional
        String dir,
    @Doc("use only the first N vectors (0: all); all 10,000 are read and verified") @Default("0") @Min(0) int limit)
    implements DataSource, KnownShape {
  static final DataShape SHAPE = new DataShape(128, 0);
  static final int COUNT = 10_000;
  /** {@link VectorsSha256} of the 10,000 vectors; computed from the text copy and with numpy alike. */
  static final String VECTORS_SHA256 = "14a29b145a50cd62bf2b184d88dc7180604dadbb0208fb183ea0e2bf7654ad72";
  /** The corpus's public location (Jégou et al., INRIA); a property overrides it, for tests. */
  public static final String URL = "ftp://ftp.irisa.fr/local/texmex/corpus/siftsmall.tar.gz";
  static final String URL_PROPERTY = "plasticity.sift10k.url";
  /** The base set's place in the archive. */
  static final String ENTRY = "siftsmall/siftsmall_base.fvecs";
  /** The names a directory may hold the set under, tried in this order. */
  static final List<String> NAMES = List.of("siftsmall_base.fvecs", ENTRY, "sift10k.txt");
  /** What to do when no place has it, for messages. */
  public static final String HOW_TO_GET = "get it with 'wget " + URL + " && tar xzf siftsmall.tar.gz'"
      + " and set " + UserDataDir.VARIABLE + " to the directory holding siftsmall/";

  static String url() {
    return System.getProperty(URL_PROPERTY, URL);
  }

  @Override
  public Data load(DataContext ctx) throws IOException {
    Optional<Path> found = local(ctx);
    Data all = found.isPresent()
        ? data(found.get(), verified(found.get().toString(), VectorFiles.read(found.get(), 0)), ctx) : download(ctx);
    return limit > 0 ? new Data(all.train().head(limit), all.test().head(limit), all.files()) : all;
  }

  /** The file a run would read, without downloading: the first of {@link #NAMES} in the first place that has one. */
  public Optional<Path> local(DataContext ctx) {
    for (Path place : places(ctx)) {
      Optional<Path> file = in(place);
      if (file.isPresent()) {
        return file;
      }
    }
    return Optional.empty();
  }

  @Override
  public List<String> check(DataContext ctx) {
    // A directory named in the scenario must hold the set; otherwise a run searches
    // PLASTICITY_DATA and the cache and downloads as a last resort: nothing is wrong yet.
    if (dir != null && !Files.exists(ctx.resolve(dir))) {
      throw new ConfigException("dir", WrittenPath.notFound(dir, ctx));
    }
    if (dir != null && in(ctx.resolve(dir)).isEmpty()) {
      throw new ConfigException("dir", WrittenPath.where(dir, ctx) + ": no SIFT-10k there (expected "
          + String.join(" or ", NAMES) + ")");
    }
    return List.of();
  }

  @Override
  public Optional<DataShape> shape(DataContext ctx) {
    return Optional.of(SHAPE);
  }

  /** The places searched, in order: the scenario's dir, $PLASTICITY_DATA, the cache. */
  private List<Path> places(DataContext ctx) {
    List<Path> places = new ArrayList<>();
    if (dir != null) {
      places.add(ctx.resolve(dir));
    }
    UserDataDir.get().ifPresent(places::add);
    places.add(cache(ctx));
    return places;
  }

  /** "data.dir /x, PLASTICITY_DATA /y, the cache /z": every place searched, for the message when none has it. */
  private String placesInWords(DataContext ctx) {
    List<String> words = new ArrayList<>();
    if (dir != null) {
      words.add("data.dir " + ctx.resolve(dir));
    }
    words.add(UserDataDir.describe(UserDataDir.get(), ""));
    words.add("the cache " + cache(ctx));
    return String.join(", ", words);
  }

  private static Path cache(DataContext ctx) {
    return ctx.cacheDir().resolve("sift10k");
  }

  private static Optional<Path> in(Path place) {
    return NAMES.stream().map(place::resolve).filter(Files::isRegularFile).findFirst();
  }

  /** All 10,000 vectors read from {@code source}, verified: what is not SIFT-10k is refused, naming where it came from. */
  static Matrix verified(String source, Matrix vectors) throws IOException {
    if (vectors.rows() != COUNT || vectors.cols() != SHAPE.features()) {
      throw new IOException(source + ": " + vectors.rows() + " vectors of " + vectors.cols()
          + " components, but SIFT-10k has " + COUNT + " of " + SHAPE.features());
    }
    String got = VectorsSha256.of(vectors);
    if (!got.equals(VECTORS_SHA256)) {
      throw new IOException(source + ": not SIFT-10k: its vectors have SHA-256 " + got + ", expected "
          + VECTORS_SHA256);
    }
    return vectors;
  }

  private static Data data(Path file, Matrix vectors, DataContext ctx) throws IOException {
    return CsvVectors.unlabelled("sift10k", vectors,
        new DataFile(file.toAbsolutePath().normalize().toString(), RememberedSha256.of(file, ctx.cacheDir())));
  }

  /** Downloads the archive, takes the base set out of it into the cache, verified, and reads it. */
  private Data download(DataContext ctx) throws IOException {
    Path cache = cache(ctx);
    String url = url();
    try {
      Path archive = Download.toTemporaryFile(url, cache, "siftsmall.tar.gz");
      Path base = cache.resolve(NAMES.get(0));
      Path part = Files.createTempFile(cache, NAMES.get(0), ".part");
      try {
        TarGzEntry.extract(archive, ENTRY, part);
        // verified before it takes the name a later run trusts
        Matrix vectors = verified(url + "!" + ENTRY, TexmexFormat.FVECS.read(part, 0));
        Files.move(part, base, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        return data(base, vectors, ctx);
      } finally {
        Files.deleteIfExists(part);
        Files.deleteIfExists(archive);
      }
    } catch (IOException e) {
      throw new IOException("SIFT-10k (" + String.join(" or ", NAMES) + ") not found in " + placesInWords(ctx)
          + ", and the download from " + url + " failed (" + Download.reason(e) + "); " + HOW_TO_GET, e);
    }
  }
}
