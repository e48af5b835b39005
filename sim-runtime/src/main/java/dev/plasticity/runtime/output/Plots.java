package dev.plasticity.runtime.output;

import dev.plasticity.runtime.engine.MetricRow;
import dev.plasticity.runtime.scenario.SeededName;
import dev.plasticity.runtime.scenario.Variant;
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
import org.knowm.xchart.style.lines.SeriesLines;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * One PNG per metric (XChart): the metric per epoch, a line per variant (or per variant over
 * seeds). A metric measured on the training set and on the test set ({@code train-loss},
 * {@code test-loss}) shares one plot, a variant's two lines in its colour, the test line
 * dashed: whether a variant over-fits is read off one picture. Every plot has a legend,
 * and accuracies are in percent ({@link MetricScale}).
 */
public final class Plots {
  private static final String TRAIN = "train-";
  private static final String TEST = "test-";
  /**
   * Line colours: matplotlib's "tab10", which researchers know from their own plots and
   * whose ten colours stay apart (XChart's own puts yellow beside orange, and pale on white).
   */
  static final java.awt.Color[] PALETTE = java.util.stream.Stream.of("#1f77b4", "#ff7f0e", "#2ca02c", "#d62728",
      "#9467bd", "#8c564b", "#e377c2", "#7f7f7f", "#bcbd22", "#17becf").map(java.awt.Color::decode)
      .toArray(java.awt.Color[]::new);

  private Plots() {}

  /**
   * Writes plots/NAME.png for every metric, or pair of a train- and a test- metric; returns
   * the file names written. Replicates of a variant over seeds ({@code bp@seed1},
   * {@code bp@seed2}, …) are drawn as one line, their mean, with error bars of one standard
   * deviation: five lines of one colour would hide the comparison between variants.
   */
  public static List<String> write(Path runDir, List<MetricRow> rows) throws IOException {
    System.setProperty("java.awt.headless", "true");
    // ImageIO's disk cache registers a shutdown hook, which fails while an interrupted run
    // writes its last plots during shutdown; PNGs of this size are fine in memory.
    javax.imageio.ImageIO.setUseCache(false);
    List<String> written = new ArrayList<>();
    for (Map.Entry<String, XYChart> e : charts(rows).entrySet()) {
      AtomicFiles.write(runDir.resolve(e.getKey()),
          BitmapEncoder.getBitmapBytes(e.getValue(), BitmapEncoder.BitmapFormat.PNG));
      written.add(e.getKey());
    }
    return written;
  }

  /** The chart of every plot, by its file name (plots/NAME.png), metrics in the order they first appear. */
  static Map<String, XYChart> charts(List<MetricRow> rows) {
    List<String> metrics = MetricRow.columns(rows);
    // A variant keeps its colour in every plot, also in those where others have no line.
    Map<String, java.awt.Color> colours = new LinkedHashMap<>();
    rows.forEach(r -> colours.computeIfAbsent(SeededName.variant(r.variant()), v -> PALETTE[colours.size() % PALETTE.length]));
    Map<String, XYChart> charts = new LinkedHashMap<>();
    for (String metric : metrics) {
      String pairedTest = metric.startsWith(TRAIN) ? TEST + metric.substring(TRAIN.length()) : null;
      boolean paired = pairedTest != null && metrics.contains(pairedTest);
      if (metric.startsWith(TEST) && metrics.contains(TRAIN + metric.substring(TEST.length()))) {
        continue; // drawn with its train- metric
      }
      List<String> drawn = paired ? List.of(metric, pairedTest) : List.of(metric);
      String title = paired ? "train-and-test-" + metric.substring(TRAIN.length()) : metric;
      XYChart chart = chart(rows, title, drawn, colours);
      if (chart != null) {
        charts.put("plots/" + fileName(title) + ".png", chart);
      }
    }
    return charts;
  }

  /** A chart of {@code metrics} (one, or a train- and test- pair) per epoch; null when nothing is finite. */
  private static XYChart chart(List<MetricRow> rows, String title, List<String> metrics,
      Map<String, java.awt.Color> colours) {
    MetricScale scale = MetricScale.of(metrics.get(0));
    String yTitle = scale.axisTitle(metrics.size() == 1 ? metrics.get(0) : metrics.get(0).substring(TRAIN.length()));
    XYChart chart = new XYChartBuilder().width(720).height(420).title(title)
        .xAxisTitle("epoch").yAxisTitle(yTitle).build();
    chart.getStyler().setLegendVisible(true);
    chart.getStyler().setChartBackgroundColor(java.awt.Color.WHITE);
    boolean any = false;
    // Lines grouped by variant, train before test, so a variant's pair sits together in the legend.
    Map<String, Map<String, Line>> byMetric = new LinkedHashMap<>();
    java.util.Set<String> variants = new java.util.LinkedHashSet<>();
    for (String metric : metrics) {
      Map<String, Line> lines = lines(rows, metric);
      byMetric.put(metric, lines);
      variants.addAll(lines.keySet());
    }
    for (String variant : variants) {
      java.awt.Color c = colours.get(variant);
      for (String metric : metrics) {
        Line l = byMetric.get(metric).get(variant);
        if (l == null) {
          continue;
        }
        boolean test = metrics.size() > 1 && metric.startsWith(TEST);
        String name = label(variant, metrics.size() == 1 ? metric : test ? "test" : "train")
            + (l.replicated() ? " (mean ± sd over seeds)" : "");
        double[] y = java.util.Arrays.stream(l.mean()).map(scale::plotted).toArray();
        var added = l.replicated()
            ? chart.addSeries(name, l.x(), y, java.util.Arrays.stream(l.sd()).map(scale::plotted).toArray())
            : chart.addSeries(name, l.x(), y);
        added.setLineColor(c);
        added.setMarkerColor(c);
        added.setMarker(l.x().length > 30 ? SeriesMarkers.NONE : test ? SeriesMarkers.DIAMOND : SeriesMarkers.CIRCLE);
        if (test) {
          added.setLineStyle(SeriesLines.DASH_DASH);
        }
        any = true;
      }
    }
    return any ? chart : null;
  }

  /**
   * A line's name in a legend: the variant's, and what the line shows when a plot has more
   * than one per variant; a run without variants names what the line shows only.
   */
  private static String label(String variant, String what) {
    if (variant.equals(Variant.DEFAULT)) {
      return what;
    }
    return what.equals("train") || what.equals("test") ? variant + " " + what : variant;
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
