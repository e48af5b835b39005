package dev.plasticity.runtime.data;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/** Reads IDX files (the MNIST format), gzipped or not. */
public final class IdxReader {
  private IdxReader() {}

  /** Images as n × (rows·cols) floats, each byte multiplied by {@code scale}. */
  public static float[] images(Path file, int expectedCount, float scale, int[] shapeOut)
      throws IOException {
    try (DataInputStream in = open(file)) {
      int magic = in.readInt();
      if (magic != 0x00000803) {
        throw new IOException(file + ": not an IDX image file (magic " + Integer.toHexString(magic) + ")");
      }
      int n = in.readInt();
      int rows = in.readInt();
      int cols = in.readInt();
      if (expectedCount > 0 && n != expectedCount) {
        throw new IOException(file + ": " + n + " images, expected " + expectedCount);
      }
      int d = rows * cols;
      byte[] raw = new byte[n * d];
      in.readFully(raw);
      float[] out = new float[raw.length];
      for (int i = 0; i < raw.length; i++) {
        out[i] = (raw[i] & 0xff) * scale;
      }
      shapeOut[0] = n;
      shapeOut[1] = d;
      return out;
    }
  }

  public static int[] labels(Path file, int expectedCount) throws IOException {
    try (DataInputStream in = open(file)) {
      int magic = in.readInt();
      if (magic != 0x00000801) {
        throw new IOException(file + ": not an IDX label file (magic " + Integer.toHexString(magic) + ")");
      }
      int n = in.readInt();
      if (expectedCount > 0 && n != expectedCount) {
        throw new IOException(file + ": " + n + " labels, expected " + expectedCount);
      }
      byte[] raw = new byte[n];
      in.readFully(raw);
      int[] out = new int[n];
      for (int i = 0; i < n; i++) {
        out[i] = raw[i] & 0xff;
      }
      return out;
    }
  }

  private static DataInputStream open(Path file) throws IOException {
    InputStream raw = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
    raw.mark(2);
    int b1 = raw.read();
    int b2 = raw.read();
    raw.reset();
    boolean gz = b1 == 0x1f && b2 == 0x8b;
    return new DataInputStream(gz ? new BufferedInputStream(new GZIPInputStream(raw, 1 << 16)) : raw);
  }
}
