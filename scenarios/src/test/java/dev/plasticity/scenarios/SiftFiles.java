package dev.plasticity.scenarios;

import dev.plasticity.api.math.Matrix;
import dev.plasticity.runtime.data.Sift10k;
import dev.plasticity.runtime.engine.FileDataContext;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;

/**
 * The real SIFT-10k written again in each form a user may hold it in: the corpus's
 * siftsmall_base.fvecs, the text copy sift10k.txt, the corpus's archive. Written from the
 * vectors a run reads (verified), byte by byte as the TEXMEX format says.
 */
final class SiftFiles {
  private SiftFiles() {}

  /** The 10,000 vectors as the data source reads them from where this machine has them. */
  static Matrix vectors() throws IOException {
    return new Sift10k(null, 0).load(new FileDataContext(null)).train().features();
  }

  static Path fvecs(Path file, Matrix v) throws IOException {
    Files.createDirectories(file.getParent());
    ByteBuffer out = ByteBuffer.allocate(v.rows() * (4 + 4 * v.cols())).order(ByteOrder.LITTLE_ENDIAN);
    for (int i = 0; i < v.rows(); i++) {
      out.putInt(v.cols());
      for (int j = 0; j < v.cols(); j++) {
        out.putFloat(v.get(i, j));
      }
    }
    return Files.write(file, out.array());
  }

  static Path text(Path file, Matrix v) throws IOException {
    Files.createDirectories(file.getParent());
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < v.rows(); i++) {
      for (int j = 0; j < v.cols(); j++) {
        s.append(j == 0 ? "" : ",").append((int) v.get(i, j));
      }
      s.append('\n');
    }
    return Files.writeString(file, s);
  }

  /** siftsmall.tar.gz as the corpus publishes it: the base set under siftsmall/. */
  static Path archive(Path archive, Path fvecs) throws IOException {
    try (OutputStream raw = Files.newOutputStream(archive);
        TarArchiveOutputStream tar = new TarArchiveOutputStream(new GZIPOutputStream(raw))) {
      tar.putArchiveEntry(new TarArchiveEntry("siftsmall/"));
      tar.closeArchiveEntry();
      TarArchiveEntry entry = new TarArchiveEntry("siftsmall/siftsmall_base.fvecs");
      entry.setSize(Files.size(fvecs));
      tar.putArchiveEntry(entry);
      Files.copy(fvecs, tar);
      tar.closeArchiveEntry();
    }
    return archive;
  }
}
