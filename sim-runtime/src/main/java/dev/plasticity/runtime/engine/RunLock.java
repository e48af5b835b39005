package dev.plasticity.runtime.engine;

import dev.plasticity.runtime.config.InputException;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * One process at a time per run directory: a second `run --force` or `resume` on a
 * directory still being written would interleave two runs' rows and checkpoints.
 */
final class RunLock implements AutoCloseable {
  private final FileChannel channel;
  private final FileLock lock;

  private RunLock(FileChannel channel, FileLock lock) {
    this.channel = channel;
    this.lock = lock;
  }

  static RunLock acquire(Path runDir) {
    try {
      Files.createDirectories(runDir);
      FileChannel ch = FileChannel.open(runDir.resolve(".lock"), StandardOpenOption.CREATE,
          StandardOpenOption.WRITE);
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
      return new RunLock(ch, l);
    } catch (IOException | SecurityException e) {
      throw new InputException("--out " + runDir, "the output directory cannot be written: "
          + e.getClass().getSimpleName() + " " + e.getMessage());
    }
  }

  @Override
  public void close() {
    try {
      lock.release();
      channel.close();
    } catch (IOException e) {
      // The lock goes with the process anyway.
    }
  }
}
