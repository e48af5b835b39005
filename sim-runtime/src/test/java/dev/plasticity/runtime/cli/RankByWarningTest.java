package dev.plasticity.runtime.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plasticity.runtime.plugins.PluginLoader;
import dev.plasticity.runtime.plugins.TypeRegistry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A rankBy naming no recorded metric would silently leave the variants in scenario order: the run says so. */
class RankByWarningTest {
  private static final TypeRegistry TYPES = PluginLoader.discover();

  @TempDir
  Path dir;

  private InProcess.Result run(String rankBy) throws IOException {
    Files.writeString(dir.resolve("vectors.csv"), "1,2,3\n4,5,6\n");
    Path scenario = Files.writeString(dir.resolve("s.json"), """
        {
          "name": "ranked",
          "data": {"type": "csv-vectors", "path": "vectors.csv"},
          "schedule": {"epochs": 1, "batchSize": 2},
          "metrics": [{"type": "test-curve", "slope": 1}],
          "variants": {"a": {}, "b": {"metrics[0].slope": 2}},
          "rankBy": "%s"
        }
        """.formatted(rankBy));
    return InProcess.run(TYPES, "run", scenario.toString(), "--out", dir.resolve("run-" + rankBy).toString());
  }

  @Test
  void aRankByMatchingNoMetricIsSaidAtTheEndOfTheRun() throws IOException {
    InProcess.Result r = run("test-curve/epoc");
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.err().contains("warning: rankBy 'test-curve/epoc' matched no metric, so the variants are in scenario"
        + " order; known: test-curve/epoch; did you mean 'test-curve/epoch'?\n"), r.err());
  }

  @Test
  void aRankByThatMatchesSaysNothing() throws IOException {
    InProcess.Result r = run("test-curve/epoch");
    assertEquals(0, r.exit(), r.err());
    assertFalse(r.err().contains("warning"), r.err());
  }
}
