package dev.plasticity.runtime.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plasticity.runtime.engine.FileDataContext;
import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A failed download says why in words: never "(null)", which is what an exception without a message printed. */
class DownloadTest {
  @TempDir
  Path tmp;

  @AfterEach
  void clear() {
    System.clearProperty("plasticity.fashion-mnist.system-dir");
    System.clearProperty("plasticity.fashion-mnist.mirror");
    System.clearProperty("plasticity.cache");
  }

  @Test
  void exceptionsWithoutAMessageAreSaidByWhatTheyAre() {
    assertEquals("connection refused", Download.reason(new ConnectException()));
    assertEquals("timed out", Download.reason(new SocketTimeoutException()));
    assertEquals("unknown host ftp.example.org", Download.reason(new UnknownHostException("ftp.example.org")));
    assertEquals("connection refused", Download.reason(new IOException((String) null, new ConnectException())));
    assertEquals("IOException", Download.reason(new IOException((String) null)));
    assertEquals("HTTP 503 for x", Download.reason(new IOException("HTTP 503 for x")));
  }

  @Test
  void aFashionMnistDownloadFromARefusingServerSaysConnectionRefused() {
    System.setProperty("plasticity.fashion-mnist.system-dir", tmp.resolve("no-system").toString());
    System.setProperty("plasticity.cache", tmp.resolve("cache").toString());
    String mirror = "http://127.0.0.1:" + Sift10kTest.closedPort() + "/";
    System.setProperty("plasticity.fashion-mnist.mirror", mirror);
    IOException e = assertThrows(IOException.class,
        () -> new FashionMnist(null, 1, 0, 0).load(new FileDataContext(null)));
    assertTrue(e.getMessage().contains("the download from " + mirror + " failed (Connection refused)"), e.getMessage());
    assertFalse(e.getMessage().contains("null"), e.getMessage());
  }

  @Test
  void aMissingFileBehindAFileUrlIsSaidSo() {
    IOException e = assertThrows(IOException.class,
        () -> Download.toTemporaryFile(tmp.resolve("absent.tar.gz").toUri().toString(), tmp.resolve("d"), "x"));
    assertTrue(Download.reason(e).startsWith("no such file on the server: "), Download.reason(e));
  }
}
