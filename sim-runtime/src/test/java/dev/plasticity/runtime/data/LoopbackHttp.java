package dev.plasticity.runtime.data;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * An HTTP server on 127.0.0.1 answering every request with one status and body, for the
 * download tests (a plain socket: the test classes are compiled as part of the runtime's
 * module, which does not read jdk.httpserver).
 */
final class LoopbackHttp implements AutoCloseable {
  private final ServerSocket socket;
  private final Thread thread;

  LoopbackHttp(int status, byte[] body) {
    try {
      socket = new ServerSocket(0, 8, InetAddress.getLoopbackAddress());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    thread = new Thread(() -> {
      while (!socket.isClosed()) {
        try (Socket c = socket.accept()) {
          BufferedReader in = new BufferedReader(new InputStreamReader(c.getInputStream(), StandardCharsets.US_ASCII));
          for (String line = in.readLine(); line != null && !line.isEmpty(); line = in.readLine()) {
            // the request's headers: nothing in them matters here
          }
          OutputStream out = c.getOutputStream();
          out.write(("HTTP/1.1 " + status + " X\r\nContent-Length: " + body.length + "\r\nConnection: close\r\n\r\n")
              .getBytes(StandardCharsets.US_ASCII));
          out.write(body);
          out.flush();
        } catch (IOException e) {
          // closed: the test is over
        }
      }
    }, "loopback-http");
    thread.setDaemon(true);
    thread.start();
  }

  String url(String path) {
    return "http://127.0.0.1:" + socket.getLocalPort() + path;
  }

  @Override
  public void close() throws IOException {
    socket.close();
  }
}
