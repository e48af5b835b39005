package dev.plasticity.runtime.provenance;

import dev.plasticity.runtime.data.Sha256;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Where a class's code was loaded from, for provenance.json and run.json: the jar and its
 * SHA-256, so that a reviewer can tell which build of every plugin (the shipped ones too: a
 * version number names many builds) and of the runtime produced the numbers. Code run from a
 * classes directory (tests, an IDE) has no jar to hash, and says so instead.
 */
public final class CodeOrigin {
  /** What {@link #of(Path)} says in place of a hash for a directory. */
  public static final String CLASSES_DIRECTORY = "a classes directory (tests or an IDE), not a jar: no SHA-256";

  private CodeOrigin() {}

  /**
   * {@code location} (the jar or directory {@code c} came from) and, for a jar, its
   * {@code sha256}, for a directory a {@code note}; nothing when the JDK itself loaded it.
   */
  public static Map<String, String> of(Class<?> c) {
    return LOADED.get(c);
  }

  /**
   * Computed once per class: the build that was loaded, whatever happens to the jar later,
   * and a jar is read once however often a sitting asks (run.json, provenance).
   */
  private static final ClassValue<Map<String, String>> LOADED = new ClassValue<>() {
    @Override
    protected Map<String, String> computeValue(Class<?> c) {
      return origin(c);
    }
  };

  private static Map<String, String> origin(Class<?> c) {
    CodeSource source = c.getProtectionDomain().getCodeSource();
    if (source == null || source.getLocation() == null) {
      return Map.of();
    }
    URL url = source.getLocation();
    try {
      return Collections.unmodifiableMap(of(Path.of(url.toURI())));
    } catch (URISyntaxException | IllegalArgumentException e) {
      return Map.of("location", url.toString()); // not a file: say what it is
    }
  }

  static Map<String, String> of(Path location) {
    Map<String, String> out = new LinkedHashMap<>(); // in order: location, then sha256 or note
    out.put("location", location.toAbsolutePath().normalize().toString());
    if (Files.isRegularFile(location)) {
      try {
        out.put("sha256", Sha256.of(location));
      } catch (IOException e) {
        out.put("sha256", "unreadable: " + e.getMessage());
      }
    } else if (Files.isDirectory(location)) {
      out.put("note", CLASSES_DIRECTORY);
    }
    return out;
  }
}
