package dev.plasticity.runtime.engine;

import dev.plasticity.api.sim.StateMap;
import dev.plasticity.runtime.output.AtomicFiles;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** A checkpoint's named arrays in a small binary file, written atomically. */
public final class CheckpointFile {
  private static final long MAGIC = 0x504c5354434b5031L; // "PLSTCKP1"

  private CheckpointFile() {}

  public static void write(Path file, StateMap state) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 20);
    try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(bytes))) {
      out.writeLong(MAGIC);
      out.writeInt(state.entries().size());
      for (Map.Entry<String, Object> e : state.entries().entrySet()) {
        out.writeUTF(e.getKey());
        Object v = e.getValue();
        if (v instanceof float[] f) {
          out.writeByte('F');
          out.writeInt(f.length);
          for (float x : f) {
            out.writeFloat(x);
          }
        } else if (v instanceof long[] l) {
          out.writeByte('L');
          out.writeInt(l.length);
          for (long x : l) {
            out.writeLong(x);
          }
        } else if (v instanceof double[] d) {
          out.writeByte('D');
          out.writeInt(d.length);
          for (double x : d) {
            out.writeDouble(x);
          }
        } else {
          int[] a = (int[]) v;
          out.writeByte('I');
          out.writeInt(a.length);
          for (int x : a) {
            out.writeInt(x);
          }
        }
      }
    }
    AtomicFiles.write(file, bytes.toByteArray());
  }

  public static StateMap read(Path file) throws IOException {
    StateMap state = new StateMap();
    try (InputStream raw = Files.newInputStream(file);
        DataInputStream in = new DataInputStream(new BufferedInputStream(raw, 1 << 16))) {
      if (in.readLong() != MAGIC) {
        throw new IOException(file + " is not a Plasticity checkpoint");
      }
      int n = in.readInt();
      for (int i = 0; i < n; i++) {
        String key = in.readUTF();
        int type = in.readByte();
        int len = in.readInt();
        switch (type) {
          case 'F' -> {
            float[] f = new float[len];
            for (int j = 0; j < len; j++) {
              f[j] = in.readFloat();
            }
            state.putRaw(key, f);
          }
          case 'L' -> {
            long[] l = new long[len];
            for (int j = 0; j < len; j++) {
              l[j] = in.readLong();
            }
            state.putRaw(key, l);
          }
          case 'D' -> {
            double[] d = new double[len];
            for (int j = 0; j < len; j++) {
              d[j] = in.readDouble();
            }
            state.putRaw(key, d);
          }
          case 'I' -> {
            int[] a = new int[len];
            for (int j = 0; j < len; j++) {
              a[j] = in.readInt();
            }
            state.putRaw(key, a);
          }
          default -> throw new IOException(file + ": corrupt entry " + key);
        }
      }
    }
    return state;
  }
}
