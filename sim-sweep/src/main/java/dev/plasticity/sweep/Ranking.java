package dev.plasticity.sweep;

import com.fasterxml.jackson.databind.JsonNode;
import dev.plasticity.runtime.output.Console;
import dev.plasticity.runtime.output.Csv;
import dev.plasticity.sweep.spec.Point;
import dev.plasticity.sweep.spec.Setting;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.math3.stat.descriptive.SummaryStatistics;

/**
 * The points ranked by the mean over their seeds of the ranked metric's final value (largest
 * first; ties in point order), with the sample standard deviation, minimum and maximum, and
 * how many of the point's seeds failed.
 */
record Ranking(String metric, List<Entry> entries) {
  /** One point's line. {@code sd} is NaN with fewer than two seeds. */
  record Entry(Point point, long n, double mean, double sd, double min, double max, int failed) {}

  static Ranking of(SweepPlan plan, List<MergedRows.Row> rows, List<TaskOutcome> outcomes) {
    String metric = plan.spec().rankBy();
    Map<String, JsonNode> finals = new LinkedHashMap<>();
    rows.forEach(r -> finals.put(r.task().id(), r.node())); // the last row of each task
    Map<Integer, SummaryStatistics> stats = new LinkedHashMap<>();
    Map<Integer, Integer> failed = new LinkedHashMap<>();
    for (int i = 0; i < plan.tasks().size(); i++) {
      SweepTask t = plan.tasks().get(i);
      stats.computeIfAbsent(t.point().index(), k -> new SummaryStatistics());
      failed.merge(t.point().index(), outcomes.get(i).state() == TaskOutcome.State.FAILED ? 1 : 0, Integer::sum);
      JsonNode last = finals.get(t.id());
      JsonNode v = last == null ? null : last.get(metric);
      if (v != null && v.isNumber()) {
        stats.get(t.point().index()).addValue(v.doubleValue());
      }
    }
    List<Entry> entries = new ArrayList<>();
    for (Point p : plan.points()) {
      SummaryStatistics s = stats.get(p.index());
      entries.add(new Entry(p, s.getN(), s.getN() == 0 ? Double.NaN : s.getMean(),
          s.getN() < 2 ? Double.NaN : s.getStandardDeviation(), s.getMin(), s.getMax(), failed.get(p.index())));
    }
    entries.sort(Comparator.comparingDouble((Entry e) -> Double.isNaN(e.mean()) ? Double.NEGATIVE_INFINITY : e.mean())
        .reversed().thenComparingInt(e -> e.point().index()));
    return new Ranking(metric, entries);
  }

  String csv(List<String> columns) {
    StringBuilder b = new StringBuilder("rank,point");
    columns.forEach(c -> b.append(',').append(Csv.cell(c)));
    b.append(",seeds,failed,").append(Csv.cell(metric + "_mean")).append(',').append(Csv.cell(metric + "_sd"))
        .append(',').append(Csv.cell(metric + "_min")).append(',').append(Csv.cell(metric + "_max")).append('\n');
    for (int i = 0; i < entries.size(); i++) {
      Entry e = entries.get(i);
      b.append(i + 1).append(',').append(e.point().index());
      for (String c : columns) {
        Setting s = SweepPlan.setting(e.point(), c);
        b.append(',').append(s == null ? "" : Csv.cell(s.label()));
      }
      b.append(',').append(e.n()).append(',').append(e.failed());
      for (double v : new double[] {e.mean(), e.sd(), e.min(), e.max()}) {
        b.append(',').append(Double.isNaN(v) || e.n() == 0 ? "" : Double.toString(v));
      }
      b.append('\n');
    }
    return b.toString();
  }

  /** The console's table: rank, the point's labels, mean ± sd (n seeds). */
  List<String> lines(List<String> columns) {
    List<String[]> cells = new ArrayList<>();
    List<String> header = new ArrayList<>(List.of("rank", "point"));
    header.addAll(columns);
    header.add(metric + " mean ± sd");
    header.add("seeds");
    cells.add(header.toArray(String[]::new));
    for (int i = 0; i < entries.size(); i++) {
      Entry e = entries.get(i);
      List<String> row = new ArrayList<>(List.of(Integer.toString(i + 1), Integer.toString(e.point().index())));
      for (String c : columns) {
        Setting s = SweepPlan.setting(e.point(), c);
        row.add(s == null ? "" : s.label());
      }
      row.add(e.n() == 0 ? "no result" : Console.format(metric, e.mean())
          + (Double.isNaN(e.sd()) ? "" : " ± " + Console.format(metric, e.sd())));
      row.add(e.n() + (e.failed() > 0 ? " (" + e.failed() + " failed)" : ""));
      cells.add(row.toArray(String[]::new));
    }
    int[] width = new int[header.size()];
    cells.forEach(r -> {
      for (int c = 0; c < r.length; c++) {
        width[c] = Math.max(width[c], r[c].length());
      }
    });
    List<String> out = new ArrayList<>();
    for (String[] r : cells) {
      StringBuilder b = new StringBuilder();
      for (int c = 0; c < r.length; c++) {
        b.append(c == 0 ? "" : "  ").append(String.format(Locale.ROOT, "%-" + width[c] + "s", r[c]));
      }
      out.add(b.toString().stripTrailing());
    }
    return out;
  }
}
