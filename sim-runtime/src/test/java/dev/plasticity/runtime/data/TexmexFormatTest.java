package dev.plasticity.runtime.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plasticity.api.math.Matrix;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The TEXMEX readers on files written byte by byte, and the text reader beside them. */
class TexmexFormatTest {
  private static final float[][] ROWS = {{0, 1, 200, 255}, {7, 0, 3, 128}, {9, 9, 9, 9}};

  @TempDir
  Path tmp;

  @Test
  void eachFormatReadsItsComponentsInOrder() throws IOException {
    for (TexmexFormat f : TexmexFormat.values()) {
      Path file = TexmexFiles.write(tmp.resolve("v" + f.extension), f, ROWS);
      assertEquals(Optional.of(f), TexmexFormat.of(file));
      Matrix m = VectorFiles.read(file, 0);
      assertEquals(3, m.rows(), f.toString());
      assertEquals(4, m.cols(), f.toString());
      assertArrayEquals(flat(ROWS), m.data(), f.toString());
      assertEquals(Optional.of(4), VectorFiles.width(file));
    }
  }

  @Test
  void unsignedBytesAndFractionsAndNegativesKeepTheirValues() throws IOException {
    Path b = TexmexFiles.write(tmp.resolve("b.bvecs"), TexmexFormat.BVECS, new float[][] {{255, 128}});
    assertArrayEquals(new float[] {255, 128}, VectorFiles.read(b, 0).data());
    Path f = TexmexFiles.write(tmp.resolve("f.fvecs"), TexmexFormat.FVECS, new float[][] {{-1.25f, 0.1f}});
    assertArrayEquals(new float[] {-1.25f, 0.1f}, VectorFiles.read(f, 0).data());
    Path i = TexmexFiles.write(tmp.resolve("i.ivecs"), TexmexFormat.IVECS, new float[][] {{-3, 70000}});
    assertArrayEquals(new float[] {-3, 70000}, VectorFiles.read(i, 0).data());
  }

  @Test
  void aLimitReadsTheFirstVectors() throws IOException {
    Path file = TexmexFiles.write(tmp.resolve("v.fvecs"), TexmexFormat.FVECS, ROWS);
    Matrix m = VectorFiles.read(file, 2);
    assertEquals(2, m.rows());
    assertArrayEquals(Arrays.copyOf(flat(ROWS), 8), m.data());
    assertEquals(3, VectorFiles.read(file, 10).rows());
  }

  @Test
  void aTruncatedFileIsRefusedNotReadShort() throws IOException {
    Path file = TexmexFiles.write(tmp.resolve("v.fvecs"), TexmexFormat.FVECS, ROWS);
    byte[] all = Files.readAllBytes(file);
    Files.write(file, Arrays.copyOf(all, all.length - 3));
    IOException e = assertThrows(IOException.class, () -> VectorFiles.read(file, 0));
    assertTrue(e.getMessage().startsWith(file + ": 57 bytes is not a whole number of 4-dimensional vectors of 20 bytes"),
        e.getMessage());
  }

  @Test
  void vectorsOfAnotherDimensionAreRefused() throws IOException {
    Path file = TexmexFiles.write(tmp.resolve("v.ivecs"), TexmexFormat.IVECS, new float[][] {{1, 2, 3}, {1, 2, 3, 4, 5, 6, 7}});
    IOException e = assertThrows(IOException.class, () -> VectorFiles.read(file, 0));
    assertEquals(file + ": vector 1 has dimension 7, the first 3", e.getMessage());
  }

  @Test
  void aFileThatIsNoVectorFileSaysSo() throws IOException {
    Path text = Files.writeString(tmp.resolve("x.fvecs"), "1,2,3\n");
    IOException e = assertThrows(IOException.class, () -> VectorFiles.read(text, 0));
    assertTrue(e.getMessage().contains("vector 0 declares dimension") && e.getMessage().contains("not a TEXMEX"),
        e.getMessage());
    Path empty = Files.write(tmp.resolve("e.bvecs"), new byte[0]);
    assertEquals(empty + ": no vectors (an empty file)",
        assertThrows(IOException.class, () -> VectorFiles.read(empty, 0)).getMessage());
  }

  @Test
  void aBinaryFileUnderAnotherNameIsNotText() throws IOException {
    Path file = Files.write(tmp.resolve("v.dat"), new byte[] {(byte) 0x80, 0, 0, 0, (byte) 0xff});
    assertEquals(file + ": not UTF-8 text, nor named .fvecs, .bvecs or .ivecs",
        assertThrows(IOException.class, () -> VectorFiles.read(file, 0)).getMessage());
  }

  @Test
  void otherNamesAreReadAsText() throws IOException {
    Path text = Files.writeString(tmp.resolve("v.txt"), "0,1,200,255\n\n7 0 3 128\n9,9,9,9\n");
    assertArrayEquals(flat(ROWS), VectorFiles.read(text, 0).data());
    assertEquals(Optional.of(4), VectorFiles.width(text));
    assertEquals(Optional.empty(), TexmexFormat.of(text));
  }

  private static float[] flat(float[][] rows) {
    float[] out = new float[rows.length * rows[0].length];
    for (int i = 0; i < rows.length; i++) {
      System.arraycopy(rows[i], 0, out, i * rows[i].length, rows[i].length);
    }
    return out;
  }
}
