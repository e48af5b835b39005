package dev.plasticity.runtime.engine;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** One evaluation's values: a line of metrics.jsonl and a row of metrics.csv. */
public record MetricRow(String variant, long epoch, long tick, Map<String, Double> values) {
  /** Every metric name of {@code rows}, in the order they first appear: the table's columns. */
  public static List<String> columns(List<MetricRow> rows) {
    Set<String> cols = new LinkedHashSet<>();
    rows.forEach(r -> cols.addAll(r.values().keySet()));
    return new ArrayList<>(cols);
  }
}
