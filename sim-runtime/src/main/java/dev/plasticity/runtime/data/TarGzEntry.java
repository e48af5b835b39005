package dev.plasticity.runtime.data;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.zip.GZIPInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;

/**
 * One file out of a gzipped tar archive, the form corpora are published in. The tar format
 * has grown several dialects (ustar, GNU long names, pax headers); Apache Commons Compress
 * reads them all, where a reader of our own would read the ones we had tried.
 */
final class TarGzEntry {
  private TarGzEntry() {}

  /** Copies the regular file {@code name} of {@code archive} to {@code target}, replacing it. */
  static void extract(Path archive, String name, Path target) throws IOException {
    try (InputStream raw = new BufferedInputStream(Files.newInputStream(archive), 1 << 16);
        TarArchiveInputStream tar = new TarArchiveInputStream(new GZIPInputStream(raw, 1 << 16))) {
      for (TarArchiveEntry e = tar.getNextEntry(); e != null; e = tar.getNextEntry()) {
        if (e.isFile() && normalised(e.getName()).equals(name)) {
          Files.copy(tar, target, StandardCopyOption.REPLACE_EXISTING);
          return;
        }
      }
    } catch (java.util.zip.ZipException e) {
      throw new IOException(archive + ": not a gzipped tar archive (" + Download.reason(e) + ")", e);
    }
    throw new IOException(archive + ": holds no " + name);
  }

  /** An entry's name without a leading "./", as tar writes it when given "." to archive. */
  private static String normalised(String entry) {
    return entry.startsWith("./") ? entry.substring(2) : entry;
  }
}
