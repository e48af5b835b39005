package dev.plasticity.runtime.output;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.plasticity.runtime.engine.MetricRow;
import dev.plasticity.runtime.scenario.SeededName;
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
  private final Map<String, Long> seeds;

  /** A log of the variants {@code seeds} names (in its order), each with the seed it runs with. */
  public MetricsLog(Path runDir, Map<String, Long> seeds) {
    this.jsonl = runDir.resolve("metrics.jsonl");
    this.csv = runDir.resolve("metrics.csv");
    this.seeds = Map.copyOf(seeds);
    seeds.keySet().forEach(v -> rows.put(v, new ArrayList<>()));
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
    // The seed and the variant a replicate (--seeds) belongs to, as columns to group by in a
    // spreadsheet; metrics.jsonl keeps to the rows' own values.
    StringBuilder c = new StringBuilder("variant,epoch,tick,seed,base_variant");
    cols.forEach(k -> c.append(',').append(Csv.cell(k)));
    c.append('\n');
    for (MetricRow r : all) {
      Long seed = seeds.get(r.variant());
      c.append(Csv.cell(r.variant())).append(',').append(r.epoch()).append(',').append(r.tick())
          .append(',').append(seed == null ? "" : seed.toString())
          .append(',').append(Csv.cell(SeededName.variant(r.variant())));
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
