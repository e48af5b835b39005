package dev.plasticity.runtime.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plasticity.runtime.cli.InProcess;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * --out: a new or empty directory takes the run; a run directory is refused unless
 * --force (then started over); any other directory with files is refused unless --force
 * (then the run is written among them, and none of them is deleted).
 */
class OutDirectoryTest {
  @TempDir
  Path dir;

  private InProcess.Result run(Path out, String... extra) {
    List<String> args = new java.util.ArrayList<>(List.of("run", TinyRun.scenario(dir.resolve("s"), "").toString(),
        "--out", out.toString()));
    args.addAll(List.of(extra));
    return TinyRun.cli(args.toArray(String[]::new));
  }

  private static List<String> names(Path d) throws IOException {
    try (Stream<Path> s = Files.list(d)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void aDirectoryWithOtherFilesIsRefusedAndLeftAsItWas() throws IOException {
    Path mine = Files.createDirectories(dir.resolve("mine"));
    Files.writeString(mine.resolve("notes.txt"), "mine");
    InProcess.Result r = run(mine);
    assertEquals(2, r.exit(), r.err());
    assertEquals(List.of("error: --out " + mine + ": is not a run directory and holds other files (e.g. 'notes.txt'); "
        + "choose another --out, or pass --force to write the run among them"),
        r.err().lines().filter(l -> l.startsWith("error: ")).toList());
    assertEquals(List.of("notes.txt"), names(mine), "nothing written into it");
  }

  @Test
  void withForceTheRunIsWrittenAmongThemAndNoneIsDeleted() throws IOException {
    Path mine = dir.resolve("mine");
    Files.createDirectories(mine.resolve("checkpoint"));
    Files.writeString(mine.resolve("notes.txt"), "mine");
    Files.writeString(mine.resolve("checkpoint/mine.txt"), "mine too");
    InProcess.Result r = run(mine, "--force");
    assertEquals(0, r.exit(), r.err());
    assertEquals("mine", Files.readString(mine.resolve("notes.txt")));
    assertEquals("mine too", Files.readString(mine.resolve("checkpoint/mine.txt")));
    assertTrue(Files.exists(mine.resolve("summary.json")));
  }

  @Test
  void anEmptyDirectoryTakesTheRunAndARunDirectoryKeepsItsRules() throws IOException {
    Path empty = Files.createDirectories(dir.resolve("empty"));
    assertEquals(0, run(empty).exit());
    InProcess.Result again = run(empty);
    assertEquals(2, again.exit(), again.err());
    assertTrue(again.err().contains("already holds a run; continue it with bin/plasticity resume " + empty), again.err());
    assertEquals(0, run(empty, "--force").exit());
  }
}
