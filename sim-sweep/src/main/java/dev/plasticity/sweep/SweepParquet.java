package dev.plasticity.sweep;

import com.fasterxml.jackson.databind.JsonNode;
import dev.plasticity.runtime.export.MetricsTable;
import dev.plasticity.runtime.export.ParquetMetrics;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * results.parquet: the merged rows for pandas ({@code pd.read_parquet}), written by the
 * runtime's Parquet writer (parquet-java, uncompressed). The task and a labelled or textual
 * axis are strings ("" where a point of a union does not set it), point, seed, epoch and tick
 * 64-bit integers, a numeric axis and every metric doubles (null where absent).
 */
final class SweepParquet {
  private SweepParquet() {}

  static void write(Path file, SweepPlan plan, List<String> columns, List<MergedRows.Row> rows) throws IOException {
    List<MetricsTable.Type> types = new ArrayList<>();
    for (String c : columns) {
      types.add(type(c, plan, rows));
    }
    List<Object[]> cells = new ArrayList<>();
    for (MergedRows.Row r : rows) {
      Object[] row = new Object[columns.size()];
      for (int c = 0; c < row.length; c++) {
        JsonNode v = r.node().get(columns.get(c));
        row[c] = switch (types.get(c)) {
          case STRING -> v == null || v.isNull() ? "" : v.isTextual() ? v.textValue() : v.toString();
          case INT64 -> v == null || !v.isIntegralNumber() ? null : (Object) v.longValue();
          case DOUBLE -> v == null ? null : v.isNumber() ? (Object) v.doubleValue()
              : v.isTextual() ? (Object) parse(v.textValue()) : null; // "NaN", "Infinity" as the log writes them
        };
      }
      cells.add(row);
    }
    ParquetMetrics.write(new MetricsTable(columns, types, cells), file);
  }

  private static Double parse(String s) {
    try {
      return Double.valueOf(s);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static MetricsTable.Type type(String column, SweepPlan plan, List<MergedRows.Row> rows) {
    if (column.equals("task")) {
      return MetricsTable.Type.STRING;
    }
    if (List.of("point", "seed", "epoch", "tick").contains(column)) {
      return MetricsTable.Type.INT64;
    }
    if (!plan.spec().columns().contains(column)) {
      return MetricsTable.Type.DOUBLE; // a metric
    }
    if (plan.spec().labelled().contains(column)) {
      return MetricsTable.Type.STRING;
    }
    boolean numbers = rows.stream().map(r -> r.node().get(column)).allMatch(v -> v == null || v.isNumber());
    return numbers ? MetricsTable.Type.DOUBLE : MetricsTable.Type.STRING;
  }
}
