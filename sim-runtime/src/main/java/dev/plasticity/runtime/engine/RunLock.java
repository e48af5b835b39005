package dev.plasticity.runtime.engine;

import dev.plasticity.runtime.config.FileErrors;
import dev.plasticity.runtime.config.InputException;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Objects;

/**
 * One process at a time per run directory: a second `run --force` or `resume` on a
 * directory still being written would interleave two runs' rows and checkpoints.
 *
 * <p>The lock is an OS lock on {@code .lock}, so it goes with the process however that
 * ends. The file itself is deleted on release, while still locked, so that a run directory
 * at rest does not look locked. Deleting a lock file lets a waiting process lock the
 * deleted file while a third creates and locks a new one; an acquirer therefore checks,
 * once it holds the lock, that {@code .lock} is still the file it opened, and tries again
 * when it is not.
 */
public final class RunLock implements AutoCloseable {
  private static final int ATTEMPTS = 20;
  private final Path file;
  private final FileChannel channel;
  private final FileLock lock;

  private RunLock(Path file, FileChannel channel, FileLock lock) {
    this.file = file;
    this.channel = channel;
    this.lock = lock;
  }

  public static RunLock acquire(Path runDir) {
    Path file = runDir.resolve(".lock");
    try {
      Files.createDirectories(runDir);
      for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
        // The identity is read before opening: if the file is replaced in between, what
        // was opened and locked is not what the check after locking finds.
        Object before = fileKey(file);
        FileChannel ch;
        try {
          ch = FileChannel.open(file, StandardOpenOption.WRITE);
        } catch (NoSuchFileException e) {
          createIfAbsent(file);
          continue;
        }
        FileLock l;
        try {
          l = ch.tryLock();
        } catch (OverlappingFileLockException e) {
          l = null;
        }
        if (l == null) {
          ch.close();
          throw new InputException(runDir.toString(),
              "another plasticity process is writing this run directory; wait for it or stop it first");
        }
        if (Files.exists(file) && Objects.equals(before, fileKey(file))) {
          return new RunLock(file, ch, l);
        }
        ch.close(); // the holder deleted it on release (and someone may have made it again)
      }
      throw new InputException(runDir.toString(),
          "another plasticity process keeps taking this run directory; wait for it or stop it first");
    } catch (IOException | SecurityException e) {
      throw FileErrors.unwritable(runDir, e);
    }
  }

  /**
   * The identity (device and inode) of the file at {@code file}; null when there is none,
   * or where the file system does not say (then the check cannot tell files apart).
   */
  private static Object fileKey(Path file) throws IOException {
    try {
      return Files.readAttributes(file, BasicFileAttributes.class).fileKey();
    } catch (NoSuchFileException e) {
      return null;
    }
  }

  private static void createIfAbsent(Path file) throws IOException {
    try {
      Files.createFile(file);
    } catch (FileAlreadyExistsException e) {
      // Made by another process in the meantime: the next attempt opens it.
    }
  }

  @Override
  public void close() {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      // An empty .lock left behind locks nothing.
    }
    try {
      lock.release();
      channel.close();
    } catch (IOException e) {
      // The lock goes with the process anyway.
    }
  }
}
