package dev.plasticity.runtime.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plasticity.runtime.engine.TinyRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * report.html opened in a real browser (headless Chromium): every image it shows loads.
 * Without Chromium the tests are skipped, and say so on the build's output with the
 * command that installs it.
 */
class ReportInBrowserTest {
  @TempDir
  Path dir;
  /** Whether the skip was said on the build's output already (once for the class). */
  private static boolean skipSaid;
  private HeadlessChromium chromium;

  // Per test, not @BeforeAll: surefire counts tests a @BeforeAll skips as neither run nor skipped.
  @BeforeEach
  void findChromium() {
    chromium = HeadlessChromium.find().orElse(null);
    if (chromium == null) {
      String reason = "skipped: no Chromium (PLASTICITY_CHROMIUM, /usr/bin/chromium or chromium on the PATH) "
          + "to render report.html in; install it with: " + HeadlessChromium.INSTALL;
      if (!skipSaid) {
        skipSaid = true;
        System.err.println("[ReportInBrowserTest] " + reason); // surefire shows a skip's reason nowhere else
      }
      Assumptions.abort(reason);
    }
  }

  @Test
  void everyImageOfAReportLoads() throws IOException, InterruptedException {
    Path run = dir.resolve("r");
    Path scenario = TinyRun.scenario(dir.resolve("s"), "\"a\": {}, \"b\": {\"metrics[0].slope\": 2}");
    assertEquals(0, TinyRun.cli("run", scenario.toString(), "--out", run.toString()).exit());
    Path report = run.resolve("report.html");
    long inHtml = Pattern.compile("<img ").matcher(Files.readString(report)).results().count();
    assertTrue(inHtml >= 2, "the report shows the metric's plot and the curve's");

    HeadlessChromium.Images images = chromium.load(report, dir);
    assertEquals(List.of(), images.broken());
    assertEquals(inHtml, images.count());
  }

  @Test
  void anImageThatDoesNotLoadIsFound() throws IOException, InterruptedException {
    Path run = dir.resolve("r");
    assertEquals(0, TinyRun.cli("run", TinyRun.scenario(dir.resolve("s"), "").toString(), "--out", run.toString()).exit());
    Path report = run.resolve("report.html");
    String html = Files.readString(report);
    String first = html.substring(html.indexOf("<img src=\"") + 10, html.indexOf('"', html.indexOf("<img src=\"") + 10));
    Files.delete(run.resolve(first));
    assertEquals(List.of(first), chromium.load(report, dir).broken());
  }
}
