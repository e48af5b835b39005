package dev.plasticity.runtime.output;

import dev.plasticity.runtime.engine.MetricRow;
import dev.plasticity.runtime.scenario.SeededName;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.style.markers.SeriesMarkers;

/** One PNG per metric (XChart): the metric per epoch, a line per variant (or per variant over seeds). */
public final class Plots {
  private Plots() {}

  /**
   * Writes plots/METRIC.png for every metric; returns the file names written. Replicates of a
   * variant over seeds ({@code bp@seed1}, {@code bp@seed2}, …) are drawn as one line, their
   * mean, with error bars of one standard deviation: five lines of one colour would hide the
   * comparison between variants.
   */
  public static List<String> write(Path runDir, List<MetricRow> rows) throws IOException {
    System.setProperty("java.awt.headless", "true");
    // ImageIO's disk cache registers a shutdown hook, which fails while an interrupted run
    // writes its last plots during shutdown; PNGs of this size are fine in memory.
    javax.imageio.ImageIO.setUseCache(false);
    List<String> metrics = MetricRow.columns(rows);
    List<String> written = new ArrayList<>();
    for (String metric : metrics) {
      Map<String, Line> lines = lines(rows, metric);
      if (lines.isEmpty()) {
        continue;
      }
      XYChart chart = new XYChartBuilder().width(720).height(420).title(metric)
          .xAxisTitle("epoch").yAxisTitle(metric).build();
      chart.getStyler().setLegendVisible(lines.size() > 1 || !lines.containsKey("default"));
      chart.getStyler().setChartBackgroundColor(java.awt.Color.WHITE);
      lines.forEach((variant, l) -> {
        var added = l.replicated()
            ? chart.addSeries(variant + " (mean ± sd over seeds)", l.x(), l.mean(), l.sd())
            : chart.addSeries(variant, l.x(), l.mean());
        added.setMarker(l.x().length > 30 ? SeriesMarkers.NONE : SeriesMarkers.CIRCLE);
      });
      String name = "plots/" + fileName(metric) + ".png";
      AtomicFiles.write(runDir.resolve(name),
          BitmapEncoder.getBitmapBytes(chart, BitmapEncoder.BitmapFormat.PNG));
      written.add(name);
    }
    return written;
  }

  /** One plotted line: per epoch, the mean over the variant's replicates and their standard deviation (n − 1, as in seeds.csv). */
  record Line(double[] x, double[] mean, double[] sd, boolean replicated) {}

  /** The lines of {@code metric}: one per variant, its replicates over seeds merged. */
  static Map<String, Line> lines(List<MetricRow> rows, String metric) {
    Map<String, TreeMap<Long, List<Double>>> byVariant = new LinkedHashMap<>();
    for (MetricRow r : rows) {
      Double v = r.values().get(metric);
      if (v != null && Double.isFinite(v)) {
        byVariant.computeIfAbsent(SeededName.variant(r.variant()), k -> new TreeMap<>())
            .computeIfAbsent(r.epoch(), k -> new ArrayList<>()).add(v);
      }
    }
    Map<String, Line> lines = new LinkedHashMap<>();
    byVariant.forEach((variant, epochs) -> {
      int n = epochs.size();
      double[] x = new double[n];
      double[] mean = new double[n];
      double[] sd = new double[n];
      boolean replicated = false;
      int i = 0;
      for (Map.Entry<Long, List<Double>> e : epochs.entrySet()) {
        SeedStatistics.Spread spread = SeedStatistics.Spread.of(e.getValue()); // as seeds.csv has it
        x[i] = e.getKey();
        mean[i] = spread.mean();
        sd[i] = spread.std();
        replicated |= spread.n() > 1;
        i++;
      }
      lines.put(variant, new Line(x, mean, sd, replicated));
    });
    return lines;
  }

  /**
   * A metric's or curve's name as a file name: {@code ->} (a projection) becomes {@code -to-},
   * anything else but letters, digits, '.', '_' and '-' becomes '_'.
   */
  static String fileName(String name) {
    return name.replace("->", "-to-").replaceAll("[^A-Za-z0-9._-]", "_");
  }
}
