package dev.plasticity.runtime.data;

import dev.plasticity.runtime.config.FileErrors;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.HttpURLConnection;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.URLConnection;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Fetches what a URL serves into a temporary file: the one download of every data set.
 * {@link URLConnection} rather than {@code HttpClient} because corpora live on FTP servers
 * too (TEXMEX), and tests serve archives from {@code file:} URLs; HTTP redirects are followed
 * across schemes (http to https) as a browser would.
 */
final class Download {
  private static final int CONNECT_TIMEOUT_MS = 10_000;
  private static final int READ_TIMEOUT_MS = 60_000;
  private static final int MAX_REDIRECTS = 5;

  private Download() {}

  /**
   * Copies what {@code url} serves into a new file {@code prefix*.part} in {@code dir}
   * (made if missing) and returns it; the caller checks it and moves it into place.
   */
  static Path toTemporaryFile(String url, Path dir, String prefix) throws IOException {
    Files.createDirectories(dir);
    Path tmp = Files.createTempFile(dir, prefix, ".part");
    try (InputStream in = open(url)) {
      Files.copy(in, tmp, StandardCopyOption.REPLACE_EXISTING);
      return tmp;
    } catch (IOException | RuntimeException e) {
      Files.deleteIfExists(tmp);
      throw e;
    }
  }

  private static InputStream open(String url) throws IOException {
    String at = url;
    for (int hop = 0; hop <= MAX_REDIRECTS; hop++) {
      URLConnection c;
      try {
        c = URI.create(at).toURL().openConnection();
      } catch (IllegalArgumentException e) {
        throw new IOException("not a URL: " + at, e);
      }
      c.setConnectTimeout(CONNECT_TIMEOUT_MS);
      c.setReadTimeout(READ_TIMEOUT_MS);
      if (!(c instanceof HttpURLConnection http)) {
        return c.getInputStream();
      }
      http.setInstanceFollowRedirects(false);
      int code = http.getResponseCode();
      if (code == 200) {
        return http.getInputStream();
      }
      String next = http.getHeaderField("Location");
      http.disconnect();
      if (code / 100 != 3 || next == null) {
        throw new IOException("HTTP " + code + " for " + at);
      }
      at = URI.create(at).resolve(next).toString();
    }
    throw new IOException("more than " + MAX_REDIRECTS + " redirects from " + url);
  }

  /**
   * Why a download failed, in words, never "null": a refused connection or a timeout may
   * throw an exception without a message, and an unknown host's message is the bare name.
   */
  static String reason(Throwable e) {
    if (e instanceof UnknownHostException) {
      return "unknown host" + (e.getMessage() == null ? "" : " " + e.getMessage());
    }
    if (e instanceof FileNotFoundException && e.getMessage() != null) {
      return "no such file on the server: " + e.getMessage();
    }
    if (e instanceof java.nio.file.FileSystemException fs) {
      return FileErrors.inWords(fs);
    }
    if (e.getMessage() != null && !e.getMessage().isBlank()) {
      return e.getMessage();
    }
    if (e instanceof ConnectException) {
      return "connection refused";
    }
    if (e instanceof SocketTimeoutException) {
      return "timed out";
    }
    if (e.getCause() != null && e.getCause() != e) {
      return reason(e.getCause());
    }
    return e.getClass().getSimpleName();
  }
}
