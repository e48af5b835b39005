package dev.plasticity.runtime.cli;

import dev.plasticity.runtime.config.FileErrors;
import java.io.IOException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * The run directory of a run without --out: runs/SCENARIO-yyyyMMdd-HHmmss, or with -2,
 * -3, ... appended when that is taken. It is made here, and made by one process only
 * (creating a directory fails when it exists): two runs started in the same second each
 * get their own instead of the second finding the first's lock.
 */
public final class DefaultRunDirectory {
  private static final DateTimeFormatter SECOND = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

  private DefaultRunDirectory() {}

  /** Makes a new, empty directory for a run of {@code scenario} started at {@code now} under {@code parent}. */
  public static Path create(Path parent, String scenario, LocalDateTime now) {
    String name = scenario + "-" + now.format(SECOND);
    try {
      Files.createDirectories(parent);
      for (int n = 1; ; n++) {
        Path dir = parent.resolve(n == 1 ? name : name + "-" + n);
        try {
          return Files.createDirectory(dir);
        } catch (FileAlreadyExistsException taken) {
          // Another run's (maybe started this very second): try the next name.
        }
      }
    } catch (IOException | SecurityException e) {
      throw FileErrors.unwritable(parent.resolve(name), e);
    }
  }

  /** Removes {@code dir} again if nothing was written into it (the run was refused as bad input). */
  public static void removeIfEmpty(Path dir) {
    try {
      Files.deleteIfExists(dir);
    } catch (DirectoryNotEmptyException kept) {
      // Something was written: it stays.
    } catch (IOException e) {
      // Left behind, empty: harmless.
    }
  }
}
