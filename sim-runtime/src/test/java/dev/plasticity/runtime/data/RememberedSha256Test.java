package dev.plasticity.runtime.data;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A data file's SHA-256 is remembered under its path, size and modification time, and taken again when they change. */
class RememberedSha256Test {
  private static final String FAKE = "0".repeat(64);

  @TempDir
  Path tmp;

  @Test
  void aRememberedHashIsTakenUntilTheFileChanges() throws IOException {
    Path file = Files.writeString(tmp.resolve("data.txt"), "1,2,3\n");
    Path cache = tmp.resolve("cache");
    assertEquals(Sha256.of(file), RememberedSha256.of(file, cache));
    Path remembered;
    try (Stream<Path> s = Files.list(cache.resolve("sha256"))) {
      remembered = s.findFirst().orElseThrow();
    }
    Files.writeString(remembered, FAKE + "\n");
    assertEquals(FAKE, RememberedSha256.of(file, cache), "the remembered value, not the file read again");
    Files.setLastModifiedTime(file, FileTime.fromMillis(Files.getLastModifiedTime(file).toMillis() + 5000));
    assertEquals(Sha256.of(file), RememberedSha256.of(file, cache), "a touched file is hashed again");
  }

  @Test
  void anUnwritableCacheHashesEveryTime() throws IOException {
    Path file = Files.writeString(tmp.resolve("data.txt"), "4,5\n");
    Path blocked = Files.writeString(tmp.resolve("a-file"), "not a directory");
    assertEquals(Sha256.of(file), RememberedSha256.of(file, blocked));
  }
}
