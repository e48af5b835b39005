package dev.plasticity.runtime.output;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.plasticity.runtime.engine.MetricRow;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * metrics.jsonl (appended one line per row, nothing else in it, so the same seed gives
 * the same bytes) and metrics.csv (rewritten atomically from all rows, with the union of
 * the columns). A resumed run truncates metrics.jsonl back to its checkpoint.
 */
public final class MetricsLog {
  private static final ObjectMapper COMPACT = new ObjectMapper();
  private final Path jsonl;
  private final Path csv;
  private final List<MetricRow> rows = new ArrayList<>();

  public MetricsLog(Path runDir) {
    this.jsonl = runDir.resolve("metrics.jsonl");
    this.csv = runDir.resolve("metrics.csv");
  }

  /** Starts afresh, or, resuming, keeps the first {@code bytes} bytes of metrics.jsonl. */
  public void open(long bytes) throws IOException {
    rows.clear();
    if (!Files.exists(jsonl) || bytes == 0) {
      Files.write(jsonl, new byte[0]);
      return;
    }
    try (FileChannel ch = FileChannel.open(jsonl, StandardOpenOption.WRITE)) {
      ch.truncate(bytes);
    }
    for (String line : Files.readAllLines(jsonl, StandardCharsets.UTF_8)) {
      rows.add(parse(line));
    }
  }

  /** Appends a row and forces it to disk. */
  public void append(MetricRow row) throws IOException {
    rows.add(row);
    byte[] line = (toJson(row) + "\n").getBytes(StandardCharsets.UTF_8);
    try (FileChannel ch = FileChannel.open(jsonl, StandardOpenOption.APPEND)) {
      ch.write(java.nio.ByteBuffer.wrap(line));
      ch.force(false);
    }
    writeCsv();
  }

  /** Bytes of metrics.jsonl written so far: what a checkpoint remembers. */
  public long bytes() throws IOException {
    return Files.size(jsonl);
  }

  public List<MetricRow> rows() {
    return List.copyOf(rows);
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
    Map<String, Double> values = new java.util.LinkedHashMap<>();
    o.fields().forEachRemaining(e -> {
      if (!Set.of("variant", "epoch", "tick").contains(e.getKey())) {
        values.put(e.getKey(), e.getValue().isNumber() ? e.getValue().doubleValue() : Double.NaN);
      }
    });
    return new MetricRow(o.get("variant").asText(), o.get("epoch").asLong(), o.get("tick").asLong(), values);
  }

  private void writeCsv() throws IOException {
    Set<String> cols = new LinkedHashSet<>();
    rows.forEach(r -> cols.addAll(r.values().keySet()));
    StringBuilder sb = new StringBuilder("variant,epoch,tick");
    cols.forEach(c -> sb.append(',').append(c));
    sb.append('\n');
    for (MetricRow r : rows) {
      sb.append(r.variant()).append(',').append(r.epoch()).append(',').append(r.tick());
      for (String c : cols) {
        Double v = r.values().get(c);
        sb.append(',').append(v == null ? "" : v.toString());
      }
      sb.append('\n');
    }
    AtomicFiles.write(csv, sb.toString());
  }
}
