package dev.plasticity.scenarios;

import dev.plasticity.runtime.data.Sift10k;
import dev.plasticity.runtime.data.UserDataDir;
import dev.plasticity.runtime.engine.FileDataContext;
import dev.plasticity.runtime.scenario.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Random;

/**
 * SIFT-10k for the tests: the real set where this machine has it (PLASTICITY_DATA or the
 * cache, as a run finds it, without downloading), and generated vectors of its shape for
 * the smoke runs every clone makes. The generated set is clusters of non-negative
 * integer vectors, as SIFT descriptors are; it tests that the SIFT scenarios run, are
 * deterministic and resume, not what they measure: that is the reproduction tests' part.
 */
public final class SiftData {
  /** As many vectors as the SIFT scenarios' smoke blocks use at most. */
  static final int GENERATED = 1500;
  private static Path generated;

  private SiftData() {}

  /** The real set's file where a run would find it without downloading. */
  public static Optional<Path> real() {
    return new Sift10k(null, 0).local(new FileDataContext(null));
  }

  /** Why a test needing the real set did not run, and how to make it run: for the skip. */
  public static String missing() {
    return "SIFT-10k not found in " + UserDataDir.VARIABLE + " ("
        + UserDataDir.get().map(Path::toString).orElse("not set") + ") nor in the cache "
        + new FileDataContext(null).cacheDir().resolve("sift10k") + "; to run this test: export "
        + UserDataDir.VARIABLE + "=<a directory holding sift10k.txt or siftsmall_base.fvecs> (CI: ../shared/data),"
        + " or " + Sift10k.HOW_TO_GET;
  }

  /** Whether {@code scenario} reads SIFT-10k. */
  static boolean reads(Path scenario) {
    return "sift10k".equals(Json.readFile(scenario).path("data").path("type").asText());
  }

  /**
   * The options that run {@code scenario} on the generated stand-in when it reads SIFT-10k
   * (none for any other scenario): a --set of its whole data block.
   */
  static String[] standIn(Path scenario) {
    return reads(scenario) ? new String[] {"--set", standInSet()} : new String[0];
  }

  /** The --set value that replaces a scenario's data block with the generated stand-in. */
  public static String standInSet() {
    String path = Json.MAPPER.getNodeFactory().textNode(generated().toString()).toString();
    return "data={\"type\": \"csv-vectors\", \"path\": " + path + "}";
  }

  /** The generated stand-in (one file per test JVM), as text, one vector per line. */
  static synchronized Path generated() {
    if (generated == null) {
      try {
        Path dir = Files.createTempDirectory("sift-stand-in");
        dir.toFile().deleteOnExit();
        generated = write(dir.resolve("sift-like.txt"), GENERATED, 2017);
        generated.toFile().deleteOnExit();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return generated;
  }

  /** {@code n} vectors of 128 integers in [0, 255] around 20 centres, from {@code seed}. */
  static Path write(Path file, int n, long seed) throws IOException {
    Random rng = new Random(seed);
    int d = 128;
    double[][] centres = new double[20][d];
    for (double[] c : centres) {
      for (int j = 0; j < d; j++) {
        c[j] = rng.nextDouble() < 0.3 ? rng.nextDouble() * 120 : rng.nextDouble() * 10;
      }
    }
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < n; i++) {
      double[] c = centres[rng.nextInt(centres.length)];
      for (int j = 0; j < d; j++) {
        long v = Math.round(Math.max(0, Math.min(255, c[j] + rng.nextGaussian() * 12)));
        s.append(j == 0 ? "" : ",").append(v);
      }
      s.append('\n');
    }
    return Files.writeString(file, s);
  }
}
