package dev.plasticity.runtime.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * numpy's {@code .npy} format, version 1.0 (NEP 1): a magic string, a header that is a
 * Python dict literal giving dtype, order and shape, padded so the data starts on a
 * 64-byte boundary, then the values little-endian in C (row-major) order. Written here
 * rather than through a library: no well-kept Java writer exists, and the format is a
 * page long. Values are streamed through a small buffer, never copied whole.
 */
public final class NpyFormat {
  private static final byte[] MAGIC = {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y', 1, 0};
  private static final int ALIGN = 64;
  private static final int CHUNK = 1 << 14; // elements per buffer fill

  private NpyFormat() {}

  /** The numpy dtype name of a checkpoint array. */
  static String numpyType(Object values) {
    return switch (descr(values)) {
      case "<f4" -> "float32";
      case "<f8" -> "float64";
      case "<i8" -> "int64";
      default -> "int32";
    };
  }

  private static String descr(Object values) {
    if (values instanceof float[]) {
      return "<f4";
    } else if (values instanceof double[]) {
      return "<f8";
    } else if (values instanceof long[]) {
      return "<i8";
    } else if (values instanceof int[]) {
      return "<i4";
    }
    throw new IllegalArgumentException("not an array of numbers: " + values.getClass());
  }

  /** The header, magic to newline; its length is a multiple of 64. */
  static byte[] header(long[] shape, Object values) {
    String dims = shape.length == 1 ? shape[0] + ","
        : Arrays.stream(shape).mapToObj(Long::toString).collect(Collectors.joining(", "));
    String dict = "{'descr': '" + descr(values) + "', 'fortran_order': False, 'shape': (" + dims + "), }";
    int unpadded = MAGIC.length + 2 + dict.length() + 1;
    int padded = (unpadded + ALIGN - 1) / ALIGN * ALIGN;
    int headerLen = padded - MAGIC.length - 2;
    if (headerLen > 0xffff) {
      throw new IllegalArgumentException("shape too long for a version 1.0 header: " + dims);
    }
    ByteBuffer b = ByteBuffer.allocate(padded).order(ByteOrder.LITTLE_ENDIAN);
    b.put(MAGIC).putShort((short) headerLen).put(dict.getBytes(StandardCharsets.US_ASCII));
    while (b.position() < padded - 1) {
      b.put((byte) ' ');
    }
    b.put((byte) '\n');
    return b.array();
  }

  /** Writes one array as a whole .npy file to {@code out}. */
  public static void write(OutputStream out, long[] shape, Object values) throws IOException {
    out.write(header(shape, values));
    int n = ExportedArray.length(values);
    int width = values instanceof float[] || values instanceof int[] ? 4 : 8;
    ByteBuffer buf = ByteBuffer.allocate(Math.min(n, CHUNK) * width).order(ByteOrder.LITTLE_ENDIAN);
    for (int from = 0; from < n; from += CHUNK) {
      int len = Math.min(CHUNK, n - from);
      buf.clear();
      if (values instanceof float[] f) {
        buf.asFloatBuffer().put(f, from, len);
      } else if (values instanceof double[] d) {
        buf.asDoubleBuffer().put(d, from, len);
      } else if (values instanceof long[] l) {
        buf.asLongBuffer().put(l, from, len);
      } else {
        buf.asIntBuffer().put((int[]) values, from, len);
      }
      out.write(buf.array(), 0, len * width);
    }
  }
}
