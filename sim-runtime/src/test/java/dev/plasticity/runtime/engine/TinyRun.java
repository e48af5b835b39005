package dev.plasticity.runtime.engine;

import dev.plasticity.runtime.cli.InProcess;
import dev.plasticity.runtime.core.CorePlugin;
import dev.plasticity.runtime.plugins.PluginLoader;
import dev.plasticity.runtime.plugins.TypeRegistry;
import dev.plasticity.runtime.plugins.extra.ExtraPlugin;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A scenario of a few ticks on three vectors (no learning: epochs of 3 ticks that record
 * {@code test-curve/epoch}) with the engine tests' plugin, run through the real command
 * line in-process.
 */
public final class TinyRun {
  public static final TypeRegistry TYPES = PluginLoader.fromPlugins(
      List.of(new CorePlugin(), new ExtraPlugin(), new EngineTestPlugin()));

  private TinyRun() {}

  /**
   * Writes the scenario (with {@code variants}, a JSON object's members, e.g.
   * {@code "a": {}, "b": {"metrics[1].tick": 4}}) and its data into {@code dir}.
   */
  public static Path scenario(Path dir, String variants) {
    try {
      Files.createDirectories(dir);
      Files.writeString(dir.resolve("vectors.csv"), "1,2,3\n4,5,6\n7,8,9\n");
      Path file = dir.resolve("tiny.json");
      Files.writeString(file, """
          {
            "name": "tiny",
            "seed": 1,
            "data": {"type": "csv-vectors", "path": "vectors.csv"},
            "network": {
              "populations": [{"id": "in", "size": 3}, {"id": "out", "size": 2}],
              "projections": [{"from": "in", "to": "out"}]
            },
            "schedule": {"epochs": 2, "batchSize": 1},
            "metrics": [{"type": "test-curve", "slope": 1}, {"type": "test-fail-at", "tick": -1}],
            "variants": {%s}
          }
          """.formatted(variants));
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Runs the command line with the engine tests' plugins. */
  public static InProcess.Result cli(String... args) {
    return InProcess.run(TYPES, args);
  }
}
