package dev.plasticity.runtime.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plasticity.runtime.engine.MetricRow;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Rows and tables of many metrics wrap into blocks of columns instead of 400-character lines. */
class ConsoleBlocksTest {
  private static MetricRow row(String variant) {
    Map<String, Double> values = new LinkedHashMap<>();
    for (int k = 1; k <= 20; k++) {
      values.put("eval-accuracy/position=" + k, k / 100.0);
    }
    return new MetricRow(variant, 1, 9, values);
  }

  @Test
  void manyMetricsWrapIntoBlocksAndEveryMetricIsShownOnce() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    Console console = new Console(new PrintStream(bytes, true, StandardCharsets.UTF_8),
        new PrintStream(new ByteArrayOutputStream()), false);
    console.variantNames(List.of("a", "b"));
    console.row(row("a"), 1);
    console.comparison(List.of(row("a"), row("b")), List.of());
    List<String> lines = bytes.toString(StandardCharsets.UTF_8).lines().toList();
    int tail = String.format(" %8s %10s", "time", "samples/s").length();
    assertTrue(lines.stream().allMatch(l -> l.length() <= Console.MAX_LINE + tail), lines.toString());
    String text = String.join("\n", lines);
    for (int k = 1; k <= 20; k++) {
      // once in the evaluation rows' header, once in the final table's
      long shown = java.util.regex.Pattern.compile("eval-accuracy/position=" + k + "(?!\\d)").matcher(text)
          .results().count();
      assertEquals(2, shown, "position=" + k + ":\n" + text);
    }
    long headers = lines.stream().filter(l -> l.startsWith("variant  epochs")).count();
    assertTrue(headers > 1, "the final table is split into blocks:\n" + text);
    assertEquals(headers * 2, lines.stream().filter(l -> l.startsWith("a ") || l.startsWith("b ")).count() - 1,
        "each block lists both variants (plus the evaluation row of a):\n" + text);
  }
}
