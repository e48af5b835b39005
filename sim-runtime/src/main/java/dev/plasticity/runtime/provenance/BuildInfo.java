package dev.plasticity.runtime.provenance;

import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

/**
 * The git commit the running runtime was built from and whether the tree was dirty then, as
 * the build wrote it into {@code git.properties} (git-commit-id-maven-plugin, sim-runtime's
 * pom). It is the build's state, not the working tree's now: {@code bin/plasticity} rebuilds
 * only when a source or pom is newer than the build, so a commit made since, or an edit to a
 * file the build does not read, leaves the recorded state as it was when the code that runs
 * was compiled — which is the state that produced the numbers.
 */
public final class BuildInfo {
  /** The resource the build writes, beside this class. */
  static final String RESOURCE = "git.properties";
  /** What a build from a source archive says, which has no .git to ask. */
  public static final String NO_GIT = "source archive, no git";

  private BuildInfo() {}

  /** The running build's git state, for provenance.json's {@code build}. */
  public static Map<String, Object> current() {
    try (InputStream in = BuildInfo.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        return of(null);
      }
      Properties p = new Properties();
      p.load(in);
      return of(p);
    } catch (IOException e) {
      return Map.of("source", "unknown: cannot read " + RESOURCE + ": " + e.getMessage());
    }
  }

  /** {@code git.properties} as provenance.json says it; {@code null}: none was built in. */
  static Map<String, Object> of(Properties git) {
    Map<String, Object> out = new LinkedHashMap<>();
    if (git == null || git.getProperty("git.commit.id") == null) {
      out.put("source", NO_GIT);
      return out;
    }
    out.put("source", "git");
    out.put("commit", git.getProperty("git.commit.id"));
    out.put("dirty", Boolean.parseBoolean(git.getProperty("git.dirty")));
    out.put("dirtyMeans", "tracked or untracked changes (outside .gitignore) in the tree when this build was compiled");
    putIfPresent(out, "branch", git.getProperty("git.branch"));
    putIfPresent(out, "commitTime", git.getProperty("git.commit.time"));
    putIfPresent(out, "builtAt", git.getProperty("git.build.time"));
    return out;
  }

  private static void putIfPresent(Map<String, Object> out, String key, String value) {
    if (value != null && !value.isEmpty()) {
      out.put(key, value);
    }
  }
}
