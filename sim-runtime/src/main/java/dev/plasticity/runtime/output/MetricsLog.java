package dev.plasticity.runtime.output;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.plasticity.runtime.engine.MetricRow;
import dev.plasticity.runtime.scenario.SeededName;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * metrics.jsonl and metrics.csv. A row is appended to both files as it comes (a long run's
 * log is not rewritten at every row); the CSV is rewritten only when a row brings a column
 * its header lacks. Rows are also kept per variant: when variants ran side by side and
 * their rows came interleaved, {@link #settle} rewrites both files once, variants in
 * scenario order, so the bytes are the same whether they ran one after another or not.
 *
 * <p>A row is counted ({@link #count}, what a checkpoint remembers) only once it is in
 * both files. A process killed after appending a row but before the checkpoint that counts
 * it leaves more rows than the checkpoint saw, and one killed within an append a last line
 * without its line break: {@link #open} keeps complete lines only, at most the number the
 * checkpoint counted, and writes them back whole before anything is appended.
 */
public final class MetricsLog {
  private static final ObjectMapper COMPACT = new ObjectMapper();
  private final Path jsonl;
  private final Path csv;
  private final Map<String, List<MetricRow>> rows = new LinkedHashMap<>();
  private final Map<String, Long> seeds;
  /** The metric columns metrics.csv's header has now. */
  private List<String> csvColumns = List.of();
  /** Whether the files hold their rows variants in scenario order (the order of {@link #rows}). */
  private boolean inOrder = true;
  /** Position in scenario order of the variant of the files' last row; -1 when there is none. */
  private int lastVariant = -1;

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
      for (String line : AtomicFiles.completeLines(jsonl)) {
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
    List<MetricRow> list = rows.computeIfAbsent(row.variant(), v -> new ArrayList<>());
    int position = new ArrayList<>(rows.keySet()).indexOf(row.variant());
    if (!csvColumns.containsAll(row.values().keySet())) {
      list.add(row); // the header grows: both files whole, in scenario order
      try {
        write();
      } catch (IOException e) {
        list.remove(list.size() - 1);
        throw e;
      }
      return;
    }
    inOrder &= position >= lastVariant;
    lastVariant = position;
    AtomicFiles.append(jsonl, toJson(row) + "\n");
    AtomicFiles.append(csv, csvRow(row, csvColumns));
    list.add(row);
  }

  /**
   * Puts both files' rows in scenario order if variants that ran side by side appended
   * them interleaved: called when a sitting's variants have stopped.
   */
  public synchronized void settle() throws IOException {
    if (!inOrder) {
      write();
    }
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

  /** Both files whole and atomically, variants in scenario order. */
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
    all.forEach(r -> c.append(csvRow(r, cols)));
    AtomicFiles.write(csv, c.toString());
    csvColumns = cols;
    inOrder = true;
    List<String> variants = new ArrayList<>(rows.keySet());
    lastVariant = all.isEmpty() ? -1 : variants.indexOf(all.get(all.size() - 1).variant());
  }

  private String csvRow(MetricRow r, List<String> cols) {
    Long seed = seeds.get(r.variant());
    StringBuilder c = new StringBuilder();
    c.append(Csv.cell(r.variant())).append(',').append(r.epoch()).append(',').append(r.tick())
        .append(',').append(seed == null ? "" : seed.toString())
        .append(',').append(Csv.cell(SeededName.variant(r.variant())));
    for (String k : cols) {
      Double v = r.values().get(k);
      c.append(',').append(v == null ? "" : v.toString());
    }
    return c.append('\n').toString();
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
