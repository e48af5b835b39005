package dev.plasticity.runtime.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** File errors said in words, never as an exception's class name. */
class FileErrorsTest {
  @TempDir
  Path dir;

  @Test
  void aFileWhereADirectoryIsWanted() throws IOException {
    Path file = Files.writeString(dir.resolve("afile"), "x");
    IOException direct = assertThrows(IOException.class, () -> Files.createDirectories(file));
    assertEquals(file + " is a file, not a directory", FileErrors.inWords(direct));
    IOException below = assertThrows(IOException.class, () -> Files.createDirectories(file.resolve("run")));
    assertEquals(file + " is a file, not a directory", FileErrors.inWords(below));
  }

  @Test
  void permissionsMissingFilesAndOtherReasons() {
    assertEquals("/tmp/ro/.lock: permission denied", FileErrors.inWords(new AccessDeniedException("/tmp/ro/.lock")));
    assertEquals("/nowhere/x does not exist", FileErrors.inWords(new NoSuchFileException("/nowhere/x")));
    assertEquals("/mnt/cd/x: read-only file system",
        FileErrors.inWords(new FileSystemException("/mnt/cd/x", null, "Read-only file system")));
    assertEquals("Is a directory", FileErrors.inWords(new IOException("Is a directory")));
    // What the engine's run-directory code catches beside IOException.
    assertEquals("permission denied", FileErrors.inWords(new SecurityException()));
  }
}
