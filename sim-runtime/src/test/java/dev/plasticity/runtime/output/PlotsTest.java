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
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.lines.SeriesLines;
import org.junit.jupiter.api.io.TempDir;

/**
 * Plots merge a variant's replicates over seeds into one line, name files readably, draw
 * train and test loss on one plot, have a legend always and accuracy in percent.
 */
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

  @Test
  void trainAndTestLossShareAPlotAndEveryPlotHasALegend() {
    List<MetricRow> rows = List.of(
        new MetricRow("default", 1, 9, Map.of("train-loss", 0.9, "test-loss", 1.1, "test-accuracy", 0.66)),
        new MetricRow("default", 2, 19, Map.of("train-loss", 0.5, "test-loss", 0.8, "test-accuracy", 0.74)));
    Map<String, XYChart> charts = Plots.charts(rows);
    assertEquals(java.util.Set.of("plots/train-and-test-loss.png", "plots/test-accuracy.png"), charts.keySet());
    XYChart loss = charts.get("plots/train-and-test-loss.png");
    assertEquals(List.of("train", "test"), List.copyOf(loss.getSeriesMap().keySet()));
    assertEquals("loss", loss.getYAxisTitle());
    XYSeries test = loss.getSeriesMap().get("test");
    assertEquals(SeriesLines.DASH_DASH, test.getLineStyle(), "test dashed");
    assertEquals(loss.getSeriesMap().get("train").getLineColor(), test.getLineColor(), "one colour per variant");
    XYChart accuracy = charts.get("plots/test-accuracy.png");
    assertEquals("test-accuracy (%)", accuracy.getYAxisTitle());
    assertEquals("angle (degrees)", Plots.charts(List.of(row("fa", 1, 5.0))).get("plots/angle_in-to-hidden.png").getYAxisTitle());
    assertArrayEquals(new double[] {66, 74}, accuracy.getSeriesMap().get("test-accuracy").getYData(), 1e-9);
    charts.values().forEach(c -> assertTrue(c.getStyler().isLegendVisible(), c.getTitle()));
  }

  @Test
  void variantsGetTheirOwnColourAndNamedLines() {
    List<MetricRow> rows = List.of(new MetricRow("bp", 1, 9, Map.of("train-loss", 0.9, "test-loss", 1.1)),
        new MetricRow("fa", 1, 9, Map.of("train-loss", 1.0, "test-loss", 1.2)));
    XYChart loss = Plots.charts(rows).get("plots/train-and-test-loss.png");
    assertEquals(List.of("bp train", "bp test", "fa train", "fa test"), List.copyOf(loss.getSeriesMap().keySet()));
    assertEquals(loss.getSeriesMap().get("fa train").getLineColor(), loss.getSeriesMap().get("fa test").getLineColor());
    assertFalse(loss.getSeriesMap().get("bp train").getLineColor().equals(loss.getSeriesMap().get("fa train").getLineColor()));
    assertTrue(Plots.charts(List.of(row("fa", 1, 5.0))).get("plots/angle_in-to-hidden.png").getStyler().isLegendVisible(),
        "a legend with one line too");
    List<MetricRow> someWithout = List.of(new MetricRow("bp", 1, 9, Map.of("loss", 1.0)),
        new MetricRow("fa", 1, 9, Map.of("loss", 2.0, "angle/in->hidden", 5.0)));
    Map<String, XYChart> charts = Plots.charts(someWithout);
    assertEquals(charts.get("plots/loss.png").getSeriesMap().get("fa").getLineColor(),
        charts.get("plots/angle_in-to-hidden.png").getSeriesMap().get("fa").getLineColor(),
        "fa's colour where bp has no line too");
  }
}
