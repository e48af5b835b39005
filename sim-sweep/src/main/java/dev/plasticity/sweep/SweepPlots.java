package dev.plasticity.sweep;

import dev.plasticity.runtime.output.AtomicFiles;
import dev.plasticity.sweep.spec.Setting;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.stat.descriptive.SummaryStatistics;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.HeatMapChart;
import org.knowm.xchart.HeatMapChartBuilder;
import org.knowm.xchart.internal.chartpart.Chart;

/**
 * The ranked metric against each axis: per value of the axis, the mean over the points
 * with that value of their means over seeds (a bar each, in the axis's order); and for the
 * two columns of the spec's {@code heatmap}, the mean over the points with each pair of
 * values as a heat map. Points a union leaves without a column are not in its plot.
 */
final class SweepPlots {
  private SweepPlots() {}

  static List<String> write(Path dir, SweepPlan plan, Ranking ranking) throws IOException {
    System.setProperty("java.awt.headless", "true");
    List<String> files = new ArrayList<>();
    String metric = ranking.metric();
    for (String column : plan.spec().columns()) {
      Map<String, SummaryStatistics> by = new LinkedHashMap<>();
      for (Ranking.Entry e : inPointOrder(ranking)) {
        Setting s = SweepPlan.setting(e.point(), column);
        if (s != null && e.n() > 0) {
          by.computeIfAbsent(s.label(), k -> new SummaryStatistics()).addValue(e.mean());
        }
      }
      if (by.isEmpty()) {
        continue;
      }
      CategoryChart chart = new CategoryChartBuilder().width(720).height(420)
          .title(metric + " against " + column).xAxisTitle(column).yAxisTitle(metric + " (mean over seeds and points)").build();
      chart.getStyler().setLegendVisible(false);
      chart.addSeries(metric, new ArrayList<>(by.keySet()), by.values().stream().map(s -> (Number) s.getMean()).toList());
      files.add(save(dir, "plots/" + fileName(metric) + "-by-" + fileName(column) + ".png", chart));
    }
    if (plan.spec().heatmap().size() == 2) {
      files.add(heatmap(dir, plan, ranking, plan.spec().heatmap().get(0), plan.spec().heatmap().get(1)));
    }
    return files;
  }

  private static String heatmap(Path dir, SweepPlan plan, Ranking ranking, String xCol, String yCol) throws IOException {
    List<String> xs = new ArrayList<>();
    List<String> ys = new ArrayList<>();
    Map<List<String>, SummaryStatistics> cells = new LinkedHashMap<>();
    for (Ranking.Entry e : inPointOrder(ranking)) {
      Setting x = SweepPlan.setting(e.point(), xCol);
      Setting y = SweepPlan.setting(e.point(), yCol);
      if (x == null || y == null || e.n() == 0) {
        continue;
      }
      if (!xs.contains(x.label())) {
        xs.add(x.label());
      }
      if (!ys.contains(y.label())) {
        ys.add(y.label());
      }
      cells.computeIfAbsent(List.of(x.label(), y.label()), k -> new SummaryStatistics()).addValue(e.mean());
    }
    HeatMapChart chart = new HeatMapChartBuilder().width(720).height(560)
        .title(ranking.metric() + ": " + xCol + " x " + yCol).xAxisTitle(xCol).yAxisTitle(yCol).build();
    chart.getStyler().setShowValue(true);
    chart.getStyler().setHeatMapValueDecimalPattern("0.0000"); // the cells' values; the legend's ends stay as they are
    List<Number[]> heat = new ArrayList<>();
    cells.forEach((k, s) -> heat.add(new Number[] {xs.indexOf(k.get(0)), ys.indexOf(k.get(1)), s.getMean()}));
    if (!heat.isEmpty()) {
      chart.addSeries(ranking.metric(), xs, ys, heat);
    }
    return save(dir, "plots/heatmap-" + fileName(xCol) + "-" + fileName(yCol) + ".png", chart);
  }

  private static List<Ranking.Entry> inPointOrder(Ranking ranking) {
    List<Ranking.Entry> out = new ArrayList<>(ranking.entries());
    out.sort(java.util.Comparator.comparingInt(e -> e.point().index()));
    return out;
  }

  private static String save(Path dir, String name, Chart<?, ?> chart) throws IOException {
    AtomicFiles.write(dir.resolve(name), BitmapEncoder.getBitmapBytes(chart, BitmapEncoder.BitmapFormat.PNG));
    return name;
  }

  /** A column or metric as a file name: {@code learning.credit.terms[0].weight} as {@code learning.credit.terms-0-.weight}. */
  static String fileName(String s) {
    return s.replaceAll("[^A-Za-z0-9._-]", "-");
  }
}
