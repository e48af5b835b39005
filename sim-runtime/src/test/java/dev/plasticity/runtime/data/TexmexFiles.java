package dev.plasticity.runtime.data;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes TEXMEX vector files for tests, byte by byte as the format says (not through the reader's code). */
final class TexmexFiles {
  private TexmexFiles() {}

  static Path write(Path file, TexmexFormat format, float[][] rows) throws IOException {
    int bytes = 0;
    for (float[] r : rows) {
      bytes += 4 + r.length * format.componentBytes;
    }
    ByteBuffer out = ByteBuffer.allocate(bytes).order(ByteOrder.LITTLE_ENDIAN);
    for (float[] r : rows) {
      out.putInt(r.length);
      for (float v : r) {
        switch (format) {
          case FVECS -> out.putFloat(v);
          case IVECS -> out.putInt((int) v);
          case BVECS -> out.put((byte) (int) v);
        }
      }
    }
    return Files.write(file, out.array());
  }
}
