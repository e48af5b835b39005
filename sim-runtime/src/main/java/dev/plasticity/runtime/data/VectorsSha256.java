package dev.plasticity.runtime.data;

import dev.plasticity.api.math.Matrix;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.security.MessageDigest;
import java.util.HexFormat;

/**
 * The SHA-256 of decoded vectors, whatever file they came from: over every component as a
 * float32 little-endian, row after row, without dimensions or headers. So a set reads as
 * the same set from .fvecs, .bvecs or text, and the value is what numpy gives:
 * {@code hashlib.sha256(x.astype('<f4').tobytes()).hexdigest()} for an n × d array x.
 */
final class VectorsSha256 {
  private VectorsSha256() {}

  static String of(Matrix vectors) {
    MessageDigest md = Sha256.digest();
    float[] v = vectors.data();
    int count = vectors.rows() * vectors.cols();
    ByteBuffer block = ByteBuffer.allocate(1 << 16).order(ByteOrder.LITTLE_ENDIAN);
    for (int i = 0; i < count; i++) {
      if (!block.hasRemaining()) {
        md.update(block.array(), 0, block.position());
        block.clear();
      }
      block.putFloat(v[i]);
    }
    md.update(block.array(), 0, block.position());
    return HexFormat.of().formatHex(md.digest());
  }
}
