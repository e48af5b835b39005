package dev.plasticity.runtime.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs started in the same second without --out each get a directory of their own. */
class DefaultRunDirectoryTest {
  private static final LocalDateTime NOON = LocalDateTime.of(2026, 1, 2, 12, 0, 5);

  @TempDir
  Path dir;

  @Test
  void theSecondRunInASecondTakesTheNextName() {
    Path runs = dir.resolve("runs");
    assertEquals(runs.resolve("bp-20260102-120005"), DefaultRunDirectory.create(runs, "bp", NOON));
    assertEquals(runs.resolve("bp-20260102-120005-2"), DefaultRunDirectory.create(runs, "bp", NOON));
    assertEquals(runs.resolve("bp-20260102-120005-3"), DefaultRunDirectory.create(runs, "bp", NOON));
    assertTrue(Files.isDirectory(runs.resolve("bp-20260102-120005-3")));
  }

  @Test
  void runsStartedTogetherNeverShareADirectory() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Callable<Path>> starts = new ArrayList<>();
      for (int i = 0; i < 16; i++) {
        starts.add(() -> DefaultRunDirectory.create(dir, "bp", NOON));
      }
      HashSet<Path> made = new HashSet<>();
      for (Future<Path> f : pool.invokeAll(starts)) {
        made.add(f.get());
      }
      assertEquals(16, made.size());
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void aRefusedRunLeavesNoEmptyDirectoryBehind() throws Exception {
    Path empty = DefaultRunDirectory.create(dir, "bp", NOON);
    DefaultRunDirectory.removeIfEmpty(empty);
    assertFalse(Files.exists(empty));
    Path used = DefaultRunDirectory.create(dir, "bp", NOON);
    Files.writeString(used.resolve("metrics.jsonl"), "");
    DefaultRunDirectory.removeIfEmpty(used);
    assertTrue(Files.exists(used.resolve("metrics.jsonl")));
  }
}
