package dev.plasticity.runtime.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plasticity.runtime.cli.InProcess;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Any variant name makes one checkpoint file directly in checkpoint/, and its run resumes. */
class CheckpointNameTest {
  @TempDir
  Path dir;

  @Test
  void namesAreMadeSafeOneToOne() {
    assertEquals("lr=0.01, mom=0.9@seed1", RunDirectory.fileName("lr=0.01, mom=0.9@seed1"), "as it was");
    assertEquals("a%2Fb", RunDirectory.fileName("a/b"));
    assertEquals("..%2F..%2Fx", RunDirectory.fileName("../../x"));
    assertEquals("a%5Cb%0A%25", RunDirectory.fileName("a\\b\n%"));
    assertNotEquals(RunDirectory.fileName("a/b"), RunDirectory.fileName("a%2Fb"), "'%' is escaped too");
  }

  @Test
  void aVariantWithASlashStopsAndResumesFromItsOwnFile() throws IOException {
    Path scenario = TinyRun.scenario(dir, "\"lr/0.1\": {}, \"../up\": {}");
    Path whole = dir.resolve("whole");
    assertEquals(0, TinyRun.cli("run", scenario.toString(), "--out", whole.toString()).exit());
    Path split = dir.resolve("split");
    InProcess.Result r = TinyRun.cli("run", scenario.toString(), "--out", split.toString(), "--stop-after-tick", "3",
        "--jobs", "2");
    assertEquals(0, r.exit(), r.err());
    try (Stream<Path> files = Files.list(split.resolve("checkpoint"))) {
      List<String> names = files.map(p -> p.getFileName().toString()).sorted().toList();
      assertEquals(List.of("..%2Fup.bin", "lr%2F0.1.bin", "progress.json", "run.json"), names);
    }
    r = TinyRun.cli("resume", split.toString());
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.err().contains("resuming variant 'lr/0.1' at tick 4"), r.err());
    assertArrayEquals(Files.readAllBytes(whole.resolve("metrics.jsonl")), Files.readAllBytes(split.resolve("metrics.jsonl")));
  }
}
