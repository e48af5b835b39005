package dev.plasticity.runtime.output;

import dev.plasticity.runtime.engine.MetricRow;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.style.markers.SeriesMarkers;

/** One PNG per metric (XChart): the metric per epoch, a line per variant. */
public final class Plots {
  private Plots() {}

  /** Writes plots/METRIC.png for every metric; returns the file names written. */
  public static List<String> write(Path runDir, List<MetricRow> rows) throws IOException {
    System.setProperty("java.awt.headless", "true");
    // ImageIO's disk cache registers a shutdown hook, which fails while an interrupted run
    // writes its last plots during shutdown; PNGs of this size are fine in memory.
    javax.imageio.ImageIO.setUseCache(false);
    List<String> metrics = MetricRow.columns(rows);
    List<String> written = new ArrayList<>();
    for (String metric : metrics) {
      Map<String, List<double[]>> series = new LinkedHashMap<>();
      for (MetricRow r : rows) {
        Double v = r.values().get(metric);
        if (v != null && Double.isFinite(v)) {
          series.computeIfAbsent(r.variant(), k -> new ArrayList<>()).add(new double[] {r.epoch(), v});
        }
      }
      if (series.isEmpty()) {
        continue;
      }
      XYChart chart = new XYChartBuilder().width(720).height(420).title(metric)
          .xAxisTitle("epoch").yAxisTitle(metric).build();
      chart.getStyler().setLegendVisible(series.size() > 1 || !series.containsKey("default"));
      chart.getStyler().setChartBackgroundColor(java.awt.Color.WHITE);
      for (Map.Entry<String, List<double[]>> s : series.entrySet()) {
        double[] x = s.getValue().stream().mapToDouble(p -> p[0]).toArray();
        double[] y = s.getValue().stream().mapToDouble(p -> p[1]).toArray();
        chart.addSeries(s.getKey(), x, y).setMarker(x.length > 30 ? SeriesMarkers.NONE : SeriesMarkers.CIRCLE);
      }
      String name = "plots/" + fileName(metric) + ".png";
      AtomicFiles.write(runDir.resolve(name),
          BitmapEncoder.getBitmapBytes(chart, BitmapEncoder.BitmapFormat.PNG));
      written.add(name);
    }
    return written;
  }

  /** A metric's or curve's name as a file name: anything but letters, digits, '.', '_' and '-' becomes '_'. */
  static String fileName(String name) {
    return name.replaceAll("[^A-Za-z0-9._-]", "_");
  }
}
