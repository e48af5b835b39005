package dev.plasticity.runtime.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plasticity.runtime.cli.InProcess;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A scenario's "seeds" repeats every variant as --seeds does; the option replaces them, --seed drops them. */
class ScenarioSeedsTest {
  @TempDir
  Path dir;

  @Test
  void theScenariosSeedsRunAsTheOptionsDo() throws IOException {
    Path scenario = withSeeds("[4, 2]");
    assertEquals(0, TinyRun.cli("run", scenario.toString(), "--out", dir.resolve("file").toString()).exit());
    Path plain = TinyRun.scenario(dir.resolve("plain"), "\"a\": {}");
    assertEquals(0, TinyRun.cli("run", plain.toString(), "--seeds", "4,2", "--out", dir.resolve("option").toString())
        .exit());
    assertArrayEquals(Files.readAllBytes(dir.resolve("option/metrics.jsonl")),
        Files.readAllBytes(dir.resolve("file/metrics.jsonl")));
    assertTrue(Files.readString(dir.resolve("file/metrics.jsonl")).contains("\"variant\":\"a@seed2\""));
  }

  @Test
  void theOptionsReplaceThem() throws IOException {
    Path scenario = withSeeds("[4, 2]");
    assertEquals(0, TinyRun.cli("run", scenario.toString(), "--seeds", "7", "--out", dir.resolve("r").toString()).exit());
    String rows = Files.readString(dir.resolve("r/metrics.jsonl"));
    assertTrue(rows.contains("a@seed7") && !rows.contains("a@seed4"), rows);
    assertEquals(0, TinyRun.cli("run", scenario.toString(), "--seed", "7", "--out", dir.resolve("one").toString()).exit());
    rows = Files.readString(dir.resolve("one/metrics.jsonl"));
    assertTrue(rows.contains("\"variant\":\"a\"") && !rows.contains("@seed"), rows);
  }

  @Test
  void aRepeatedSeedIsBadInputAtItsPath() throws IOException {
    InProcess.Result r = TinyRun.cli("validate", withSeeds("[4, 4]").toString());
    assertEquals(2, r.exit(), r.err());
    assertTrue(r.err().contains("$.seeds: a seed is repeated: [4, 4]"), r.err());
  }

  private Path withSeeds(String seeds) throws IOException {
    Path file = TinyRun.scenario(dir.resolve("s" + seeds.hashCode()), "\"a\": {}");
    Files.writeString(file, Files.readString(file).replace("\"seed\": 1,", "\"seed\": 1, \"seeds\": " + seeds + ","));
    return file;
  }
}
