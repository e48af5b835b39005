package dev.plasticity.runtime.output;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plasticity.runtime.engine.MetricRow;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Variant names are never cut short on the console: two cut names can read alike. */
class ConsoleNamesTest {
  private static final String LONG_A = "sab-top5-feedback-tbptt10";
  private static final String LONG_B = "sab-top5-feedback-cell-tbptt10";

  @Test
  void rowsAndTheFinalTableShowWholeNamesInAlignedColumns() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
    Console console = new Console(out, new PrintStream(new ByteArrayOutputStream()), false);
    console.variantNames(List.of(LONG_A, LONG_B));
    MetricRow a = new MetricRow(LONG_A, 1, 9, Map.of("train-loss", 0.5));
    MetricRow b = new MetricRow(LONG_B, 1, 9, Map.of("train-loss", 0.25));
    console.row(a, 1);
    console.row(b, 1);
    console.comparison(List.of(a, b), List.of());
    List<String> lines = bytes.toString(StandardCharsets.UTF_8).lines().filter(l -> l.startsWith("sab")).toList();
    assertTrue(lines.size() == 4, lines.toString());
    for (String l : lines) {
      assertTrue(l.startsWith(LONG_A + "      ") || l.startsWith(LONG_B + " "), l);
    }
  }
}
