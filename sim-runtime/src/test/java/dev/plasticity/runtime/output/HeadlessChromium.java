package dev.plasticity.runtime.output;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Opens an HTML page in Chromium without a display and reports which of its images the
 * browser could not load. The page is copied beside itself with a script added that, once
 * the page has loaded, writes every image's state into the document; Chromium then prints
 * the document ({@code --dump-dom}), and the state is read back from it.
 */
final class HeadlessChromium {
  /** Where CI and the README install it: {@code sudo apt-get install -y chromium}. */
  static final String INSTALL = "sudo apt-get install -y chromium";
  private static final Pattern RESULT = Pattern.compile("<pre id=\"image-check\">images (\\d+); broken: ([^<]*);</pre>");
  /** Runs in the page once everything in it has loaded (or failed to). */
  private static final String CHECK = """
      <script>
      window.addEventListener('load', function () {
        var images = Array.prototype.slice.call(document.images);
        var broken = images.filter(function (i) { return !(i.complete && i.naturalWidth > 0); });
        var out = document.createElement('pre');
        out.id = 'image-check';
        out.textContent = 'images ' + images.length + '; broken: '
            + broken.map(function (i) { return i.getAttribute('src'); }).join(' ') + ';';
        document.body.appendChild(out);
      });
      </script>
      """;

  private final Path executable;

  private HeadlessChromium(Path executable) {
    this.executable = executable;
  }

  /**
   * The browser named by PLASTICITY_CHROMIUM, else Debian's {@code /usr/bin/chromium} or a
   * {@code chromium} on the PATH; empty when there is none.
   */
  static Optional<HeadlessChromium> find() {
    String named = System.getenv("PLASTICITY_CHROMIUM");
    List<Path> candidates = new ArrayList<>();
    if (named != null && !named.isBlank()) {
      candidates.add(Path.of(named));
    } else {
      candidates.add(Path.of("/usr/bin/chromium"));
      for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
        if (!dir.isEmpty()) {
          candidates.add(Path.of(dir, "chromium"));
        }
      }
    }
    return candidates.stream().filter(Files::isExecutable).findFirst().map(HeadlessChromium::new);
  }

  /** What the browser made of a page's images. */
  record Images(int count, List<String> broken) {}

  /** Loads {@code page} (its images relative to it, as a reader's browser would) and says which images failed. */
  Images load(Path page, Path scratch) throws IOException, InterruptedException {
    String html = Files.readString(page, StandardCharsets.UTF_8);
    int end = html.lastIndexOf("</body>");
    Path checked = page.resolveSibling("." + page.getFileName() + ".check.html");
    Files.writeString(checked, html.substring(0, end) + CHECK + html.substring(end), StandardCharsets.UTF_8);
    Path profile = Files.createTempDirectory(scratch, "chromium-profile");
    Path stdout = scratch.resolve("dump.html");
    Path stderr = scratch.resolve("chromium.log");
    // The flags the environment needs: no sandbox (root), no GPU, no network of its own, a fresh profile.
    Process p = new ProcessBuilder(executable.toString(), "--headless", "--no-sandbox", "--disable-gpu",
        "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--user-data-dir=" + profile, "--dump-dom", checked.toUri().toString())
        .redirectOutput(stdout.toFile()).redirectError(stderr.toFile()).start();
    try {
      // A bound so a hung browser fails the test instead of hanging the build; not a timing.
      if (!p.waitFor(120, TimeUnit.SECONDS)) {
        throw new IOException(executable + " did not finish loading " + checked + " in 120 s");
      }
    } finally {
      p.destroyForcibly();
      Files.deleteIfExists(checked);
    }
    String dom = Files.readString(stdout, StandardCharsets.UTF_8);
    Matcher m = RESULT.matcher(dom);
    if (!m.find()) {
      throw new IOException(executable + " exited " + p.exitValue() + " without the page's check; its log: "
          + Files.readString(stderr, StandardCharsets.UTF_8).lines().reduce((a, b) -> b).orElse("(empty)"));
    }
    String broken = m.group(2).trim();
    return new Images(Integer.parseInt(m.group(1)), broken.isEmpty() ? List.of() : List.of(broken.split(" ")));
  }
}
