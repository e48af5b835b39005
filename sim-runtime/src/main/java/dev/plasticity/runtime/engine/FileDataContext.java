package dev.plasticity.runtime.engine;

import dev.plasticity.api.data.DataContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Resolves data paths against the scenario's directory, then the working directory, and
 * remembers what each relative path led to: the run's copy of its scenario (scenario.json, in
 * another directory) names those files by where they were found.
 */
public final class FileDataContext implements DataContext {
  private final Path scenarioDir;
  private final Map<String, Path> resolved = new ConcurrentHashMap<>();

  public FileDataContext(Path scenarioFile) {
    Path parent = scenarioFile == null ? null : scenarioFile.toAbsolutePath().getParent();
    this.scenarioDir = parent == null ? Paths.get("") : parent;
  }

  @Override
  public Path resolve(String path) {
    Path p = Paths.get(path);
    if (p.isAbsolute()) {
      return p;
    }
    Path beside = scenarioDir.resolve(p).normalize();
    Path found = Files.exists(beside) ? beside : p.toAbsolutePath().normalize();
    if (Files.exists(found) && !found.equals(scenarioDir.normalize())) { // "." names no data
      resolved.put(path, found);
    }
    return found;
  }

  /** Every relative path resolved so far that led to an existing file or directory, and where. */
  public Map<String, Path> relativePathsResolved() {
    return Map.copyOf(resolved);
  }

  @Override
  public Path cacheDir() {
    String env = System.getProperty("plasticity.cache", System.getenv("PLASTICITY_CACHE"));
    if (env != null && !env.isBlank()) {
      return Paths.get(env);
    }
    return Paths.get(System.getProperty("user.home"), ".cache", "plasticity");
  }
}
