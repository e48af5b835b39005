package dev.plasticity.runtime.config;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * A failed file operation in words ("runs/x is a file, not a directory", "/tmp/ro/.lock:
 * permission denied"). Java's exceptions carry the reason in their class name
 * ({@code FileAlreadyExistsException runs/x}), which a user cannot be expected to read.
 */
public final class FileErrors {
  private FileErrors() {}

  /** The one line for a run directory that cannot be made, locked or written. */
  public static InputException unwritable(Object dir, Exception e) {
    return new InputException(dir.toString(), "the output directory cannot be written: " + inWords(e));
  }

  /**
   * What went wrong with which file, as one line without exception names; for what file
   * operations throw (an {@link IOException}, or a {@link SecurityException} from a
   * security manager's refusal).
   */
  public static String inWords(Exception e) {
    if (e instanceof SecurityException) {
      return "permission denied" + (e.getMessage() == null ? "" : " (" + e.getMessage() + ")");
    }
    if (!(e instanceof FileSystemException fs) || fs.getFile() == null) {
      return e.getMessage() != null ? e.getMessage() : "input/output error";
    }
    String file = fs.getFile();
    if (e instanceof AccessDeniedException) {
      return file + ": permission denied";
    }
    if (e instanceof NoSuchFileException) {
      return file + " does not exist";
    }
    if (e instanceof FileAlreadyExistsException) {
      // Raised by createDirectories for a path that exists but is no directory.
      return Files.isDirectory(Path.of(file)) ? file + " already exists" : file + " is a file, not a directory";
    }
    if (e instanceof NotDirectoryException || "Not a directory".equals(fs.getReason())) {
      Path blocking = firstFileOnTheWay(Path.of(file));
      return blocking != null ? blocking + " is a file, not a directory" : file + ": not a directory";
    }
    if (e instanceof DirectoryNotEmptyException) {
      return file + " is a directory that is not empty";
    }
    String reason = fs.getReason();
    return file + ": " + (reason == null ? "cannot be accessed" : reason.toLowerCase(Locale.ROOT));
  }

  /** The first existing non-directory among {@code path}'s ancestors (what stops a mkdir), or null. */
  private static Path firstFileOnTheWay(Path path) {
    for (int i = 1; i <= path.getNameCount(); i++) {
      Path p = path.getRoot() == null ? path.subpath(0, i) : path.getRoot().resolve(path.subpath(0, i));
      if (Files.exists(p) && !Files.isDirectory(p)) {
        return p;
      }
    }
    return null;
  }
}
