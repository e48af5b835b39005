package dev.plasticity.runtime.plugins;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;

/**
 * Puts plugin classes on the class path the way a jar's META-INF/services does, for one
 * call: discovery ({@link PluginLoader#discover()}, and the command line started without a
 * registry) reads the context class loader, which sees the test classes plus a services
 * file naming {@code classes}.
 */
final class OnThePath {
  private OnThePath() {}

  static <T> T with(Path dir, List<String> classes, Supplier<T> call) {
    try {
      Path services = dir.resolve("META-INF/services/dev.plasticity.api.spi.Plugin");
      Files.createDirectories(services.getParent());
      Files.write(services, classes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Thread thread = Thread.currentThread();
    ClassLoader before = thread.getContextClassLoader();
    try (URLClassLoader loader = new URLClassLoader(new URL[] {url(dir)}, before)) {
      thread.setContextClassLoader(loader);
      return call.get();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      thread.setContextClassLoader(before);
    }
  }

  private static URL url(Path dir) {
    try {
      return dir.toUri().toURL();
    } catch (MalformedURLException e) {
      throw new IllegalStateException(e);
    }
  }
}
