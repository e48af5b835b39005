package dev.plasticity.runtime.output;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.plasticity.runtime.engine.MetricRow;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * metrics.jsonl and metrics.csv. Rows are kept per variant and both files are rewritten
 * atomically, variants in scenario order, after every row: so the file is the same bytes
 * whether variants ran one after another or side by side, and a resumed run can cut each
 * variant back to the rows its checkpoint had seen.
 */
public final class MetricsLog {
  private static final ObjectMapper COMPACT = new ObjectMapper();
  private final Path jsonl;
  private final Path csv;
  private final Map<String, List<MetricRow>> rows = new LinkedHashMap<>();

  public MetricsLog(Path runDir, List<String> variants) {
    this.jsonl = runDir.resolve("metrics.jsonl");
    this.csv = runDir.resolve("metrics.csv");
    variants.forEach(v -> rows.put(v, new ArrayList<>()));
  }

  /**
   * Reads back the rows of an interrupted run, keeping for each variant at most
   * {@code keep.get(variant)} rows (all when absent); starts empty when there is no file.
   */
  public synchronized void open(Map<String, Integer> keep) throws IOException {
    rows.values().forEach(List::clear);
    if (Files.exists(jsonl)) {
      for (String line : Files.readAllLines(jsonl, StandardCharsets.UTF_8)) {
        if (line.isBlank()) {
          continue;
        }
        MetricRow r = parse(line);
        List<MetricRow> list = rows.get(r.variant());
        if (list != null && list.size() < keep.getOrDefault(r.variant(), Integer.MAX_VALUE)) {
          list.add(r);
        }
      }
    }
    write();
  }

  public synchronized void append(MetricRow row) throws IOException {
    rows.computeIfAbsent(row.variant(), v -> new ArrayList<>()).add(row);
    write();
  }

  /** Rows of {@code variant} so far: what a checkpoint remembers. */
  public synchronized int count(String variant) {
    return rows.getOrDefault(variant, List.of()).size();
  }

  /** Every row, variants in scenario order. */
  public synchronized List<MetricRow> rows() {
    List<MetricRow> all = new ArrayList<>();
    rows.values().forEach(all::addAll);
    return all;
  }

  private void write() throws IOException {
    List<MetricRow> all = rows();
    StringBuilder j = new StringBuilder();
    all.forEach(r -> j.append(toJson(r)).append('\n'));
    AtomicFiles.write(jsonl, j.toString());
    List<String> cols = MetricRow.columns(all);
    StringBuilder c = new StringBuilder("variant,epoch,tick");
    cols.forEach(k -> c.append(',').append(Csv.cell(k)));
    c.append('\n');
    for (MetricRow r : all) {
      c.append(Csv.cell(r.variant())).append(',').append(r.epoch()).append(',').append(r.tick());
      for (String k : cols) {
        Double v = r.values().get(k);
        c.append(',').append(v == null ? "" : v.toString());
      }
      c.append('\n');
    }
    AtomicFiles.write(csv, c.toString());
  }

  static String toJson(MetricRow row) {
    ObjectNode o = COMPACT.createObjectNode();
    o.put("variant", row.variant());
    o.put("epoch", row.epoch());
    o.put("tick", row.tick());
    row.values().forEach(o::put);
    return o.toString();
  }

  private static MetricRow parse(String line) throws IOException {
    ObjectNode o = (ObjectNode) COMPACT.readTree(line);
    Map<String, Double> values = new LinkedHashMap<>();
    o.fields().forEachRemaining(e -> {
      if (!Set.of("variant", "epoch", "tick").contains(e.getKey())) {
        values.put(e.getKey(), e.getValue().isNumber() ? e.getValue().doubleValue() : Double.NaN);
      }
    });
    return new MetricRow(o.get("variant").asText(), o.get("epoch").asLong(), o.get("tick").asLong(), values);
  }
}
