package dev.plasticity.runtime.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plasticity.runtime.engine.MetricRow;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Where stderr is not a terminal, progress is a plain line per evaluation, not a bar
 * printed over and over; samples/s of a variant counts from where that variant started.
 */
class ConsoleProgressTest {
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();
  private final Console console = new Console(new PrintStream(out, true, StandardCharsets.UTF_8),
      new PrintStream(err, true, StandardCharsets.UTF_8), false);

  @Test
  void aLogGetsOnePlainLinePerEpochAndNoBars() {
    console.startProgress("fa", 0, 10, 100);
    console.variantStarted("fa", 0);
    for (long tick = 0; tick < 10; tick++) {
      if (tick % 5 == 4) {
        console.row(new MetricRow("fa", tick / 5 + 1, tick, Map.of("loss", 0.5)), 2);
      }
      console.progress(tick + 1, 0);
    }
    console.endProgress();
    List<String> lines = err.toString(StandardCharsets.UTF_8).lines().toList();
    assertEquals(2, lines.size(), lines.toString());
    assertTrue(lines.get(0).matches("fa: 50% \\(tick 5/10\\), eta [0-9.]+s"), lines.get(0));
    assertTrue(lines.get(1).matches("fa: 100% \\(tick 10/10\\), eta [0-9.]+s"), lines.get(1));
    assertFalse(err.toString(StandardCharsets.UTF_8).contains("["), "no bar");
  }

  @Test
  void samplesPerSecondAfterAResumeCountTheVariantsOwnTicks() {
    // Two variants side by side share one bar, whose start is the sum of their ticks done.
    console.startProgress("2 variants x2", 8, 20, 100);
    console.variantStarted("a", 4);
    console.row(new MetricRow("a", 2, 9, Map.of("loss", 0.5)), 2);
    String row = out.toString(StandardCharsets.UTF_8).lines().toList().get(1);
    long rate = Long.parseLong(row.substring(row.lastIndexOf(' ') + 1));
    assertTrue(rate > 0, "ticks 4..9 of a were run: " + row);
  }

  @Test
  void onlyATerminalOnStderrGetsTheBar() {
    assertTrue(Console.isTerminal("/dev/pts/3"));
    assertTrue(Console.isTerminal("/dev/tty1"));
    assertFalse(Console.isTerminal("/var/log/plasticity/run.log"), "2> run.log");
    assertFalse(Console.isTerminal("pipe:[48213]"), "2>&1 | tee");
    assertFalse(Console.isTerminal("/dev/null"));
  }
}
