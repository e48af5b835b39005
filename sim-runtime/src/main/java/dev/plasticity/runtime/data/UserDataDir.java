package dev.plasticity.runtime.data;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Optional;

/**
 * The directory a user keeps data sets in, {@code $PLASTICITY_DATA}: searched before the
 * cache, so a machine that has the files (CI beside its shared data, a cluster's data
 * volume) never downloads them. A property of the same name overrides it, for tests.
 */
public final class UserDataDir {
  public static final String VARIABLE = "PLASTICITY_DATA";
  static final String PROPERTY = "plasticity.data";

  private UserDataDir() {}

  /** The directory, if one is named. */
  public static Optional<Path> get() {
    String named = System.getProperty(PROPERTY, System.getenv(VARIABLE));
    return named == null || named.isBlank() ? Optional.empty() : Optional.of(Paths.get(named));
  }

  /** "PLASTICITY_DATA /data" or "PLASTICITY_DATA (not set)", for messages naming the places searched. */
  static String describe(Optional<Path> dir, String within) {
    return dir.map(d -> VARIABLE + " " + (within.isEmpty() ? d : d.resolve(within))).orElse(VARIABLE + " (not set)");
  }
}
