package dev.plasticity.runtime.engine;

import dev.plasticity.api.data.DataContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/** Resolves data paths against the scenario's directory, then the working directory. */
public final class FileDataContext implements DataContext {
  private final Path scenarioDir;

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
    return Files.exists(beside) ? beside : p.toAbsolutePath().normalize();
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
