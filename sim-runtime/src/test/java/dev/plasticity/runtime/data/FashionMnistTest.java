package dev.plasticity.runtime.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plasticity.api.config.ConfigException;
import dev.plasticity.api.data.Data;
import dev.plasticity.api.data.DataFile;
import dev.plasticity.runtime.engine.FileDataContext;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The IDX reader on tiny synthetic files, and where the loader looks for the real ones. */
class FashionMnistTest {
  @TempDir
  Path tmp;

  @AfterEach
  void clearProperties() {
    System.clearProperty("plasticity.fashion-mnist.system-dir");
    System.clearProperty("plasticity.cache");
  }

  private static void idxImages(Path file, int n, int seed) throws IOException {
    try (OutputStream raw = Files.newOutputStream(file);
        DataOutputStream out = new DataOutputStream(new GZIPOutputStream(raw))) {
      out.writeInt(0x00000803);
      out.writeInt(n);
      out.writeInt(28);
      out.writeInt(28);
      for (int i = 0; i < n * 784; i++) {
        out.writeByte((i * 31 + seed) & 0xff);
      }
    }
  }

  private static void idxLabels(Path file, int... labels) throws IOException {
    try (DataOutputStream out = new DataOutputStream(Files.newOutputStream(file))) {
      out.writeInt(0x00000801);
      out.writeInt(labels.length);
      for (int l : labels) {
        out.writeByte(l);
      }
    }
  }

  private Path tinySet() throws IOException {
    Path d = Files.createDirectories(tmp.resolve("fm"));
    idxImages(d.resolve("train-images-idx3-ubyte.gz"), 3, 1);
    idxLabels(d.resolve("train-labels-idx1-ubyte.gz"), 4, 0, 9);
    idxImages(d.resolve("t10k-images-idx3-ubyte.gz"), 2, 2);
    idxLabels(d.resolve("t10k-labels-idx1-ubyte.gz"), 7, 1);
    return d;
  }

  @Test
  void padsWithZerosThenNormalises() throws IOException {
    Path d = tinySet();
    FashionMnist framed = new FashionMnist(d.toString(), 0.5, 0, 0, 2, 0.25, 0.5);
    assertEquals(32 * 32, framed.shape(new FileDataContext(null)).orElseThrow().features());
    Data data = framed.load(new FileDataContext(null));
    assertEquals(32 * 32, data.train().dim());
    var x = data.train().features();
    // a padding pixel is (0 - mean) / sd; image pixel (0, 1) sits at (2, 3) of the frame
    assertEquals((0 - 0.25f) / 0.5f, x.get(1, 0));
    assertEquals((0 - 0.25f) / 0.5f, x.get(1, 32 * 31 + 31));
    assertEquals((((31 + 1) & 0xff) * 0.5f - 0.25f) / 0.5f, x.get(0, 2 * 32 + 3));
    assertEquals((((783 * 31 + 1) & 0xff) * 0.5f - 0.25f) / 0.5f, x.get(0, 29 * 32 + 29));
  }

  @Test
  void readsGzippedAndPlainIdxFilesScaled() throws IOException {
    Path d = tinySet();
    Data data = new FashionMnist(d.toString(), 0.5, 0, 0).load(new FileDataContext(null));
    assertEquals(3, data.train().size());
    assertEquals(784, data.train().dim());
    assertArrayEquals(new int[] {4, 0, 9}, data.train().labels());
    assertArrayEquals(new int[] {7, 1}, data.test().labels());
    assertEquals(((31 + 1) & 0xff) * 0.5f, data.train().features().get(0, 1));
    assertEquals(4, data.files().size(), "the four files read, for provenance");
    for (DataFile f : data.files()) {
      assertEquals(Sha256.of(Path.of(f.file())), f.sha256(), f.file());
    }
    assertEquals(2, new FashionMnist(d.toString(), 1, 2, 1).load(new FileDataContext(null)).train().size());
  }

  @Test
  void theCacheDirectoryIsSearchedAfterTheSystemDirectory() throws IOException {
    Path cache = tmp.resolve("cache");
    Files.createDirectories(cache);
    Files.move(tinySet(), cache.resolve("fashion-mnist"));
    System.setProperty("plasticity.fashion-mnist.system-dir", tmp.resolve("no-system").toString());
    System.setProperty("plasticity.cache", cache.toString());
    assertEquals(3, new FashionMnist(null, 1, 0, 0).load(new FileDataContext(null)).train().size());
  }

  @Test
  void whenNothingWorksTheErrorNamesAllThreePlaces() {
    System.setProperty("plasticity.fashion-mnist.system-dir", tmp.resolve("no-system").toString());
    System.setProperty("plasticity.cache", tmp.resolve("empty-cache").toString());
    IOException e = assertThrows(IOException.class,
        () -> new FashionMnist(null, 1, 0, 0).load(new FileDataContext(null)));
    String m = e.getMessage();
    assertTrue(m.contains("no-system") && m.contains("empty-cache") && m.contains(FashionMnist.MIRROR), m);
    assertTrue(m.contains("apt-get install dataset-fashion-mnist"), m);
  }

  @Test
  void aGivenDirectoryWithoutTheFilesIsReportedByValidation() throws IOException {
    Path empty = Files.createDirectories(tmp.resolve("nothing-here"));
    ConfigException e = assertThrows(ConfigException.class,
        () -> new FashionMnist(empty.toString(), 1, 0, 0).check(new FileDataContext(null)));
    assertEquals("dir", e.field());
    assertEquals("'" + empty + "': no Fashion-MNIST files there (expected train-images-idx3-ubyte.gz and the three others)",
        e.getMessage());
    e = assertThrows(ConfigException.class,
        () -> new FashionMnist(tmp.resolve("absent").toString(), 1, 0, 0).check(new FileDataContext(null)));
    assertEquals("'" + tmp.resolve("absent") + "': not found", e.getMessage());
  }
}
