package dev.plasticity.runtime.export;

import dev.plasticity.runtime.config.InputException;
import dev.plasticity.runtime.output.Csv;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A run's metrics.csv read back with a type per column: one row per evaluation, the
 * variant and the variant a replicate belongs to as text, epoch, tick and seed as 64-bit
 * integers, every metric as a double. An empty cell (a metric not recorded that epoch, a
 * run without seeds) is null.
 *
 * @param columns the header, in file order
 * @param types each column's type
 * @param rows the cells, each a String, Long, Double or null
 */
public record MetricsTable(List<String> columns, List<Type> types, List<Object[]> rows) {
  /** What a column holds. */
  public enum Type {
    STRING, INT64, DOUBLE
  }

  /** The columns that are not metrics; the ones MetricsLog writes before the metrics. */
  private static final Map<String, Type> KEYS = Map.of("variant", Type.STRING, "base_variant", Type.STRING,
      "epoch", Type.INT64, "tick", Type.INT64, "seed", Type.INT64);

  static MetricsTable read(Path file) throws IOException {
    String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
    List<List<String>> records = CsvRecords.parse(text, file);
    if (records.isEmpty()) {
      throw new InputException(file.toString(), "empty: no header line");
    }
    List<String> columns = records.get(0);
    List<Type> types = columns.stream().map(c -> KEYS.getOrDefault(c, Type.DOUBLE)).toList();
    List<Object[]> rows = new ArrayList<>(records.size() - 1);
    for (int r = 1; r < records.size(); r++) {
      List<String> cells = records.get(r);
      if (cells.size() != columns.size()) {
        throw new InputException(file.toString(), "record " + (r + 1) + " has " + cells.size()
            + " cells, the header " + columns.size());
      }
      Object[] row = new Object[cells.size()];
      for (int c = 0; c < row.length; c++) {
        row[c] = cell(cells.get(c), types.get(c), file, r + 1, columns.get(c));
      }
      rows.add(row);
    }
    return new MetricsTable(columns, types, rows);
  }

  /** The rows of {@code variants} only. */
  MetricsTable ofVariants(Set<String> variants) {
    int c = columns.indexOf("variant");
    return new MetricsTable(columns, types, rows.stream().filter(r -> variants.contains((String) r[c])).toList());
  }

  /** The table as metrics.csv has it: RFC 4180, numbers as Java prints them, an empty cell for null. */
  String toCsv() {
    StringBuilder b = new StringBuilder();
    b.append(columns.stream().map(Csv::cell).collect(Collectors.joining(","))).append('\n');
    for (Object[] row : rows) {
      for (int c = 0; c < row.length; c++) {
        b.append(c == 0 ? "" : ",").append(row[c] == null ? "" : row[c] instanceof String s ? Csv.cell(s) : row[c]);
      }
      b.append('\n');
    }
    return b.toString();
  }

  private static Object cell(String text, Type type, Path file, int record, String column) {
    if (type == Type.STRING) {
      return text;
    }
    if (text.isEmpty()) {
      return null;
    }
    try {
      return type == Type.INT64 ? (Object) Long.parseLong(text) : (Object) Double.parseDouble(text);
    } catch (NumberFormatException e) {
      throw new InputException(file.toString(), "record " + record + ", column '" + column + "': '" + text
          + "' is not " + (type == Type.INT64 ? "an integer" : "a number"));
    }
  }
}
