package dev.plasticity.runtime.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plasticity.api.config.ConfigException;
import dev.plasticity.runtime.engine.FileDataContext;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.zip.GZIPOutputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Where SIFT-10k is looked for, in which order, and what is said when it is not SIFT-10k or
 * is nowhere. The set itself is not in the repository: a file found here is a generated
 * stand-in, refused by the check of the decoded vectors, which shows it was the one read.
 */
class Sift10kTest {
  @TempDir
  Path tmp;
  private LoopbackHttp server;

  @BeforeEach
  void noUserDataAndAnEmptyCache() {
    System.setProperty(UserDataDir.PROPERTY, "");
    System.setProperty("plasticity.cache", tmp.resolve("cache").toString());
    System.setProperty(Sift10k.URL_PROPERTY, "http://127.0.0.1:" + closedPort() + "/siftsmall.tar.gz");
  }

  @AfterEach
  void clear() throws IOException {
    System.clearProperty(UserDataDir.PROPERTY);
    System.clearProperty("plasticity.cache");
    System.clearProperty(Sift10k.URL_PROPERTY);
    if (server != null) {
      server.close();
    }
  }

  private static FileDataContext ctx() {
    return new FileDataContext(null);
  }

  /** Three vectors of 128 components: the shape of SIFT, not its data. */
  private static Path standIn(Path file) throws IOException {
    Files.createDirectories(file.getParent());
    float[][] rows = new float[3][128];
    rows[1][5] = 7;
    if (file.toString().endsWith(".txt")) {
      StringBuilder s = new StringBuilder();
      for (float[] r : rows) {
        for (int j = 0; j < r.length; j++) {
          s.append(j == 0 ? "" : ",").append((int) r[j]);
        }
        s.append('\n');
      }
      return Files.writeString(file, s);
    }
    return TexmexFiles.write(file, TexmexFormat.FVECS, rows);
  }

  @Test
  void theScenariosDirComesFirstThenPlasticityDataThenTheCache() throws IOException {
    Path mine = standIn(tmp.resolve("mine/sift10k.txt"));
    Path user = standIn(tmp.resolve("user/siftsmall/siftsmall_base.fvecs"));
    Path cached = standIn(tmp.resolve("cache/sift10k/siftsmall_base.fvecs"));
    System.setProperty(UserDataDir.PROPERTY, tmp.resolve("user").toString());
    assertEquals(Optional.of(mine), new Sift10k(mine.getParent().toString(), 0).local(ctx()));
    assertEquals(Optional.of(user), new Sift10k(null, 0).local(ctx()));
    System.setProperty(UserDataDir.PROPERTY, "");
    assertEquals(Optional.of(cached), new Sift10k(null, 0).local(ctx()));
  }

  @Test
  void theFvecsFileIsPreferredToTheTextCopyInOneDirectory() throws IOException {
    standIn(tmp.resolve("d/sift10k.txt"));
    Path fvecs = standIn(tmp.resolve("d/siftsmall_base.fvecs"));
    assertEquals(Optional.of(fvecs), new Sift10k(tmp.resolve("d").toString(), 0).local(ctx()));
  }

  @Test
  void aFileThatIsNotSift10kIsRefusedNamingIt() throws IOException {
    Path mine = standIn(tmp.resolve("mine/sift10k.txt"));
    IOException e = assertThrows(IOException.class, () -> new Sift10k(mine.getParent().toString(), 0).load(ctx()));
    assertEquals(mine + ": 3 vectors of 128 components, but SIFT-10k has 10000 of 128", e.getMessage());
  }

  @Test
  void whenNothingWorksOneLineNamesEveryPlaceAndHowToGetIt() throws IOException {
    Path empty = Files.createDirectories(tmp.resolve("empty"));
    Path user = Files.createDirectories(tmp.resolve("user"));
    System.setProperty(UserDataDir.PROPERTY, user.toString());
    String url = System.getProperty(Sift10k.URL_PROPERTY);
    IOException e = assertThrows(IOException.class, () -> new Sift10k(empty.toString(), 0).load(ctx()));
    String m = e.getMessage();
    assertEquals("SIFT-10k (siftsmall_base.fvecs or siftsmall/siftsmall_base.fvecs or sift10k.txt) not found in data.dir "
        + empty + ", PLASTICITY_DATA " + user + ", the cache " + tmp.resolve("cache/sift10k")
        + ", and the download from " + url + " failed (Connection refused); " + Sift10k.HOW_TO_GET, m);
    assertFalse(m.contains("\n") || m.contains("null"), m);
    assertTrue(Sift10k.HOW_TO_GET.contains("wget " + Sift10k.URL), Sift10k.HOW_TO_GET);
    System.setProperty(UserDataDir.PROPERTY, "");
    m = assertThrows(IOException.class, () -> new Sift10k(null, 0).load(ctx())).getMessage();
    assertTrue(m.contains("not found in PLASTICITY_DATA (not set), the cache "), m);
  }

  @Test
  void theDownloadIsTakenOutOfItsArchiveAndVerifiedBeforeItIsCached() throws IOException {
    Path archive = archive(tmp.resolve("siftsmall.tar.gz"), Sift10k.ENTRY, standIn(tmp.resolve("x/base.fvecs")));
    serve(archive);
    IOException e = assertThrows(IOException.class, () -> new Sift10k(null, 0).load(ctx()));
    assertTrue(e.getMessage().contains("failed (" + server.url("/siftsmall.tar.gz") + "!siftsmall/siftsmall_base.fvecs:"
        + " 3 vectors of 128 components, but SIFT-10k has 10000 of 128);"), e.getMessage());
    try (var left = Files.list(tmp.resolve("cache/sift10k"))) {
      assertEquals(0, left.count(), "nothing unverified, no part file, no archive is left in the cache");
    }
  }

  @Test
  void aFileUrlServesTooAndAnArchiveWithoutTheBaseSetSaysSo() throws IOException {
    Path archive = archive(tmp.resolve("other.tar.gz"), "siftsmall/siftsmall_query.fvecs", standIn(tmp.resolve("x/q.fvecs")));
    System.setProperty(Sift10k.URL_PROPERTY, archive.toUri().toString());
    IOException e = assertThrows(IOException.class, () -> new Sift10k(null, 0).load(ctx()));
    assertTrue(e.getMessage().contains("holds no siftsmall/siftsmall_base.fvecs); get it with"), e.getMessage());
    Path notGzip = Files.writeString(tmp.resolve("page.html"), "<html>moved</html>");
    System.setProperty(Sift10k.URL_PROPERTY, notGzip.toUri().toString());
    e = assertThrows(IOException.class, () -> new Sift10k(null, 0).load(ctx()));
    assertTrue(e.getMessage().contains(": not a gzipped tar archive (Not in GZIP format)"), e.getMessage());
  }

  @Test
  void anHttpErrorIsSaidWithItsStatus() throws IOException {
    server = new LoopbackHttp(404, new byte[0]);
    String url = server.url("/siftsmall.tar.gz");
    System.setProperty(Sift10k.URL_PROPERTY, url);
    IOException e = assertThrows(IOException.class, () -> new Sift10k(null, 0).load(ctx()));
    assertTrue(e.getMessage().contains("failed (HTTP 404 for " + url + ")"), e.getMessage());
  }

  @Test
  void aDirectoryNamedInTheScenarioMustHoldTheSet() throws IOException {
    Path empty = Files.createDirectories(tmp.resolve("nothing-here"));
    ConfigException e = assertThrows(ConfigException.class, () -> new Sift10k(empty.toString(), 0).check(ctx()));
    assertEquals("dir", e.field());
    assertEquals("'" + empty + "': no SIFT-10k there (expected siftsmall_base.fvecs or siftsmall/siftsmall_base.fvecs"
        + " or sift10k.txt)", e.getMessage());
    e = assertThrows(ConfigException.class, () -> new Sift10k(tmp.resolve("absent").toString(), 0).check(ctx()));
    assertEquals("'" + tmp.resolve("absent") + "': not found", e.getMessage());
    assertTrue(new Sift10k(null, 0).check(ctx()).isEmpty(), "no dir: a run may still download it");
    assertEquals(Optional.of(new DataShape(128, 0)), new Sift10k(null, 0).shape(ctx()));
  }

  private void serve(Path file) throws IOException {
    server = new LoopbackHttp(200, Files.readAllBytes(file));
    System.setProperty(Sift10k.URL_PROPERTY, server.url("/siftsmall.tar.gz"));
  }

  /** A gzipped tar archive holding {@code content} as {@code name}, as the corpus's archive holds its files. */
  static Path archive(Path archive, String name, Path content) throws IOException {
    try (OutputStream raw = Files.newOutputStream(archive);
        TarArchiveOutputStream tar = new TarArchiveOutputStream(new GZIPOutputStream(raw))) {
      TarArchiveEntry dir = new TarArchiveEntry(name.substring(0, name.indexOf('/') + 1));
      tar.putArchiveEntry(dir);
      tar.closeArchiveEntry();
      TarArchiveEntry entry = new TarArchiveEntry(name);
      entry.setSize(Files.size(content));
      tar.putArchiveEntry(entry);
      Files.copy(content, tar);
      tar.closeArchiveEntry();
    }
    return archive;
  }

  static int closedPort() {
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return s.getLocalPort();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
