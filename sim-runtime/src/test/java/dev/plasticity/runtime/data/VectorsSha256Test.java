package dev.plasticity.runtime.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.plasticity.api.math.Matrix;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The digest of decoded vectors is numpy's, and the same whatever file format they came in. */
class VectorsSha256Test {
  /** hashlib.sha256(np.array([[1.5, -2], [0, 255], [3, 4]], dtype='<f4').tobytes()).hexdigest() */
  private static final String NUMPY = "e1b683acb95fe5f80b12c5ae347ac1bca09f5f074e8b2ad9537f6a32ef55ffe3";

  @Test
  void isTheSha256OfTheLittleEndianFloat32sRowAfterRow() {
    assertEquals(NUMPY, VectorsSha256.of(Matrix.wrap(new float[] {1.5f, -2, 0, 255, 3, 4}, 3, 2)));
  }

  @Test
  void coversOnlyTheMatrixRowsInUse() {
    // the same two rows as numpy's [[1.5, -2], [0, 255]]
    Matrix m = Matrix.wrap(new float[] {1.5f, -2, 0, 255, 3, 4}, 3, 2).useRows(2);
    assertEquals("a3ff91a87fd801c51a15f85476f7b4e0eebeaa014e80b7181fd67ef086275b55", VectorsSha256.of(m));
  }

  @Test
  void aSetLargerThanOneBlockHashesAsOneStream(@TempDir Path tmp) throws IOException {
    float[][] rows = new float[300][128];
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < rows.length; i++) {
      for (int j = 0; j < 128; j++) {
        rows[i][j] = (i * 31 + j * 7) % 256;
        text.append(j == 0 ? "" : ",").append((int) rows[i][j]);
      }
      text.append('\n');
    }
    Path fvecs = TexmexFiles.write(tmp.resolve("s.fvecs"), TexmexFormat.FVECS, rows);
    Path bvecs = TexmexFiles.write(tmp.resolve("s.bvecs"), TexmexFormat.BVECS, rows);
    Path txt = Files.writeString(tmp.resolve("s.txt"), text);
    String sha = VectorsSha256.of(VectorFiles.read(txt, 0));
    assertEquals(sha, VectorsSha256.of(VectorFiles.read(fvecs, 0)));
    assertEquals(sha, VectorsSha256.of(VectorFiles.read(bvecs, 0)));
    assertNotEquals(sha, VectorsSha256.of(VectorFiles.read(txt, 299)));
  }
}
