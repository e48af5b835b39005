package dev.plasticity.runtime.export;

import dev.plasticity.runtime.output.AtomicFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * numpy's {@code .npz}: a zip of {@code KEY.npy} entries, which {@code np.load} opens as a
 * mapping from KEY to array. Deflated, as {@code np.savez_compressed} writes it (a stored
 * entry would need its CRC before its bytes, so every array would be read twice).
 */
final class NpzArchive {
  private NpzArchive() {}

  static void write(Path file, List<ExportedArray> arrays) throws IOException {
    AtomicFiles.write(file, out -> {
      ZipOutputStream zip = new ZipOutputStream(out);
      zip.setLevel(Deflater.BEST_SPEED); // float bits barely compress; speed is what is left to gain
      for (ExportedArray a : arrays) {
        zip.putNextEntry(new ZipEntry(a.key() + ".npy"));
        NpyFormat.write(zip, a.shape(), a.values()); // writes, never closes
        zip.closeEntry();
      }
      zip.finish(); // AtomicFiles closes the underlying stream
    });
  }
}
