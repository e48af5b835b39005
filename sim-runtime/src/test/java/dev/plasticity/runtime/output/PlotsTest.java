package dev.plasticity.runtime.output;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plasticity.runtime.engine.MetricRow;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Plots merge a variant's replicates over seeds into one line and name files readably. */
class PlotsTest {
  @TempDir
  Path dir;

  private static MetricRow row(String variant, long epoch, double value) {
    return new MetricRow(variant, epoch, epoch * 10, Map.of("angle/in->hidden", value));
  }

  private static final List<MetricRow> ROWS = List.of(
      row("bp@seed1", 1, 1.0), row("bp@seed2", 1, 3.0), row("fa", 1, 5.0),
      row("bp@seed1", 2, 2.0), row("bp@seed2", 2, 2.0), row("fa", 2, 6.0));

  @Test
  void replicatesOverSeedsBecomeOneLineWithTheirMeanAndSd() {
    Map<String, Plots.Line> lines = Plots.lines(ROWS, "angle/in->hidden");
    assertEquals(List.of("bp", "fa"), List.copyOf(lines.keySet()));
    Plots.Line bp = lines.get("bp");
    assertTrue(bp.replicated());
    assertArrayEquals(new double[] {1, 2}, bp.x());
    assertArrayEquals(new double[] {2, 2}, bp.mean());
    assertArrayEquals(new double[] {Math.sqrt(2), 0}, bp.sd(), "the sample standard deviation, as in seeds.csv");
    assertFalse(lines.get("fa").replicated());
    assertArrayEquals(new double[] {5, 6}, lines.get("fa").mean());
  }

  @Test
  void aProjectionsArrowReadsAsToInTheFileName() throws IOException {
    assertEquals(List.of("plots/angle_in-to-hidden.png"), Plots.write(dir, ROWS));
    assertTrue(Files.size(dir.resolve("plots/angle_in-to-hidden.png")) > 0);
  }
}
