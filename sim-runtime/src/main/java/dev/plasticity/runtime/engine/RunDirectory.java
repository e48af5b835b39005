package dev.plasticity.runtime.engine;

import dev.plasticity.runtime.config.FileErrors;
import dev.plasticity.runtime.config.InputException;
import dev.plasticity.runtime.output.ShellCommand;
import dev.plasticity.runtime.provenance.ScenarioCopy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The files of a run directory that the runner looks at before it writes any. */
final class RunDirectory {
  private RunDirectory() {}

  /** Whether {@code dir} holds a run (of this or an earlier sitting). */
  static boolean holdsRun(Path dir) {
    return Files.exists(dir.resolve("checkpoint/run.json"));
  }

  /**
   * Refuses a directory with files of its own that is not a run directory, unless
   * {@code force}: a mistyped --out would otherwise scatter a run among someone's files.
   * Checked before the lock file is made, so nothing is written into it.
   */
  static void refuseForeign(Path dir, boolean force) {
    if (force || !Files.isDirectory(dir) || holdsRun(dir)) {
      return;
    }
    List<String> own;
    try (Stream<Path> entries = Files.list(dir)) {
      own = entries.filter(p -> !isLeftOfARun(p)).map(p -> p.getFileName().toString()).sorted().toList();
    } catch (IOException e) {
      return; // unreadable: the writes that follow say so
    }
    if (!own.isEmpty()) {
      throw new InputException("--out " + dir, "is not a run directory and holds other files (e.g. '"
          + own.get(0) + "'); choose another --out, or pass --force to write the run among them");
    }
  }

  /** A lock file, or an empty checkpoint directory: what a run that never started leaves. */
  private static boolean isLeftOfARun(Path p) {
    String name = p.getFileName().toString();
    if (name.equals(".lock")) {
      return true;
    }
    if (!name.equals("checkpoint") || !Files.isDirectory(p)) {
      return false;
    }
    try (Stream<Path> s = Files.list(p)) {
      return s.findAny().isEmpty();
    } catch (IOException e) {
      return false;
    }
  }

  /**
   * Makes {@code runDir} ready for a fresh run: refused when it holds one (unless
   * {@code force}, which clears that run's metrics and checkpoints), then probed for
   * writing.
   */
  static void prepare(Path runDir, boolean force) {
    boolean holdsRun = holdsRun(runDir);
    try {
      if (holdsRun && !force) {
        throw new InputException(runDir.toString(), "already holds a run; continue it with "
            + ShellCommand.plasticity(List.of("resume", runDir.toString()))
            + " (or pass --force to start over, or choose another --out)");
      }
      Files.createDirectories(runDir.resolve("checkpoint"));
      Files.deleteIfExists(runDir.resolve("metrics.jsonl"));
      Files.deleteIfExists(runDir.resolve("metrics.csv"));
      Files.deleteIfExists(runDir.resolve("curves.jsonl"));
      Files.deleteIfExists(runDir.resolve("seeds.csv")); // a --force run without --seeds has none
      Files.deleteIfExists(runDir.resolve("paired.csv"));
      Files.deleteIfExists(runDir.resolve(ScenarioCopy.FILE)); // the run about to start writes its own
      if (holdsRun) { // a directory forced without a run may have a checkpoint/ of its own
        try (Stream<Path> stream = Files.list(runDir.resolve("checkpoint"))) {
          for (Path p : stream.toList()) {
            Files.deleteIfExists(p);
          }
        }
      }
      Path probe = Files.createTempFile(runDir, ".probe", ".tmp");
      Files.delete(probe);
    } catch (IOException | SecurityException e) {
      throw FileErrors.unwritable(runDir, e);
    }
  }

  /** The checkpoint of {@code variant}: checkpoint/NAME.bin, NAME made safe as a file name. */
  static Path checkpointOf(Path runDir, String variant) {
    return runDir.resolve("checkpoint").resolve(fileName(variant) + ".bin");
  }

  /**
   * A variant's name as a file name, one to one: '/' (which would make a subdirectory),
   * '\', control characters and '%' itself become %XX. Other names stay as they are, so
   * the checkpoints of run directories written before keep their names.
   */
  static String fileName(String variant) {
    StringBuilder b = new StringBuilder(variant.length());
    for (char c : variant.toCharArray()) {
      if (c == '/' || c == '\\' || c == '%' || c < 0x20 || c == 0x7f) {
        b.append('%').append(String.format(java.util.Locale.ROOT, "%02X", (int) c));
      } else {
        b.append(c);
      }
    }
    return b.toString();
  }
}
