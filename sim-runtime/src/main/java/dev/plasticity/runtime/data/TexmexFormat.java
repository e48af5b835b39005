package dev.plasticity.runtime.data;

import dev.plasticity.api.math.Matrix;
import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * The vector files of the TEXMEX corpus (SIFT, GIST), the standard format of
 * nearest-neighbour benchmarks: per vector, its dimension as a little-endian int32, then
 * its components, all of one type: float32 ({@code .fvecs}), unsigned bytes
 * ({@code .bvecs}) or int32 ({@code .ivecs}), little-endian. Every vector of a file has the
 * same dimension here, as in every file of the corpus: a data set is a matrix.
 */
enum TexmexFormat {
  FVECS(".fvecs", 4) {
    @Override
    float component(ByteBuffer row) {
      return row.getFloat();
    }
  },
  BVECS(".bvecs", 1) {
    @Override
    float component(ByteBuffer row) {
      return row.get() & 0xff;
    }
  },
  IVECS(".ivecs", 4) {
    @Override
    float component(ByteBuffer row) {
      return row.getInt();
    }
  };

  final String extension;
  final int componentBytes;

  TexmexFormat(String extension, int componentBytes) {
    this.extension = extension;
    this.componentBytes = componentBytes;
  }

  abstract float component(ByteBuffer row);

  /** The format a file's name ends in; empty for any other name. */
  static Optional<TexmexFormat> of(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    for (TexmexFormat f : values()) {
      if (name.endsWith(f.extension)) {
        return Optional.of(f);
      }
    }
    return Optional.empty();
  }

  /**
   * The first {@code limit} vectors of {@code file} (0: all) as an n × d matrix. The file's
   * size must be a whole number of vectors of the first one's dimension, so a truncated
   * download is refused rather than read short.
   */
  Matrix read(Path file, int limit) throws IOException {
    long size = Files.size(file);
    if (size == 0) {
      throw new IOException(file + ": no vectors (an empty file)");
    }
    try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
      ByteBuffer header = ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN);
      int d = dimension(in, header, file, 0);
      long rowBytes = 4 + (long) d * componentBytes;
      if (size % rowBytes != 0) {
        throw new IOException(file + ": " + size + " bytes is not a whole number of " + d
            + "-dimensional vectors of " + rowBytes + " bytes (truncated?)");
      }
      long total = size / rowBytes;
      int n = (int) Math.min(limit > 0 ? limit : total, total);
      if ((long) n * d > Integer.MAX_VALUE - 8) {
        throw new IOException(file + ": " + n + " × " + d + " components do not fit in one array; set a limit");
      }
      float[] values = new float[n * d];
      ByteBuffer row = ByteBuffer.allocate(d * componentBytes).order(ByteOrder.LITTLE_ENDIAN);
      for (int i = 0; i < n; i++) {
        if (i > 0 && dimension(in, header, file, i) != d) {
          throw new IOException(file + ": vector " + i + " has dimension " + header.getInt(0) + ", the first " + d);
        }
        in.readFully(row.array());
        row.rewind();
        for (int j = 0; j < d; j++) {
          values[i * d + j] = component(row);
        }
      }
      return Matrix.wrap(values, n, d);
    } catch (EOFException e) {
      throw new IOException(file + ": ends inside a vector (truncated?)", e);
    }
  }

  private static int dimension(DataInputStream in, ByteBuffer header, Path file, int index) throws IOException {
    in.readFully(header.array());
    int d = header.getInt(0);
    if (d <= 0 || d > 1 << 20) {
      throw new IOException(file + ": vector " + index + " declares dimension " + d + ": not a "
          + "TEXMEX vector file (.fvecs, .bvecs, .ivecs)?");
    }
    return d;
  }
}
