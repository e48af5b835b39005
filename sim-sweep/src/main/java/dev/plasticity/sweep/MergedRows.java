package dev.plasticity.sweep;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.plasticity.runtime.output.AtomicFiles;
import dev.plasticity.runtime.scenario.Json;
import dev.plasticity.runtime.scenario.Variant;
import dev.plasticity.sweep.spec.Setting;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The rows of every finished task, in task order, each tagged with its task, point, the
 * point's axis values and its seed. The task's own row follows the tags byte for byte
 * (without its {@code "variant":"default"}, which every task has): a point's rows are the
 * same bytes as the same scenario run by {@code plasticity run} gives, and the merge depends
 * only on the task directories, not on which task ended first.
 */
final class MergedRows {
  private static final String TASK_ROW_START = "{\"variant\":" + TextNode.valueOf(Variant.DEFAULT) + ",";

  private MergedRows() {}

  /** One merged row: its JSON line and the task it came from. */
  record Row(SweepTask task, String line, ObjectNode node) {}

  static List<Row> of(Path sweepDir, SweepPlan plan, List<TaskOutcome> outcomes) throws IOException {
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < plan.tasks().size(); i++) {
      SweepTask t = plan.tasks().get(i);
      if (outcomes.get(i).state() != TaskOutcome.State.FINISHED) {
        continue;
      }
      Path file = EngineTaskWork.taskDir(sweepDir, t.id()).resolve("metrics.jsonl");
      for (String line : Files.readAllLines(file)) {
        if (line.isBlank()) {
          continue;
        }
        if (!line.startsWith(TASK_ROW_START)) {
          throw new IOException(file + ": a row that does not begin with " + TASK_ROW_START + ": " + line);
        }
        String merged = tags(t, plan) + line.substring(TASK_ROW_START.length());
        rows.add(new Row(t, merged, (ObjectNode) Json.parse(merged.getBytes(java.nio.charset.StandardCharsets.UTF_8), file.toString())));
      }
    }
    return rows;
  }

  /** {@code {"task":"007-seed42","point":7,"credit":"kunin",...,"seed":42,}}: what comes before the task's own fields. */
  private static String tags(SweepTask t, SweepPlan plan) {
    StringBuilder b = new StringBuilder("{\"task\":").append(TextNode.valueOf(t.id()))
        .append(",\"point\":").append(t.point().index()).append(',');
    for (String column : plan.spec().columns()) {
      Setting s = SweepPlan.setting(t.point(), column);
      if (s != null) {
        JsonNode tag = s.tag(plan.spec().labelled().contains(column));
        b.append(TextNode.valueOf(column)).append(':').append(tag.toString()).append(',');
      }
    }
    return b.append("\"seed\":").append(t.seed()).append(',').toString();
  }

  static void writeJsonl(Path file, List<Row> rows) throws IOException {
    StringBuilder b = new StringBuilder();
    rows.forEach(r -> b.append(r.line()).append('\n'));
    AtomicFiles.write(file, b.toString());
  }

  /** The rows' columns: the tags, then epoch and tick, then every metric in the order it first appears. */
  static List<String> columns(SweepPlan plan, List<Row> rows) {
    List<String> cols = new ArrayList<>(List.of("task", "point", "seed"));
    cols.addAll(plan.spec().columns());
    cols.add("epoch");
    cols.add("tick");
    for (Row r : rows) {
      r.node().fieldNames().forEachRemaining(f -> {
        if (!cols.contains(f)) {
          cols.add(f);
        }
      });
    }
    return cols;
  }

  /** metrics.csv of the sweep: RFC 4180, a cell per column, empty where a row has none. */
  static void writeCsv(Path file, List<String> columns, List<Row> rows) throws IOException {
    StringBuilder b = new StringBuilder();
    b.append(String.join(",", columns.stream().map(dev.plasticity.runtime.output.Csv::cell).toList())).append('\n');
    for (Row r : rows) {
      for (int c = 0; c < columns.size(); c++) {
        JsonNode v = r.node().get(columns.get(c));
        b.append(c == 0 ? "" : ",");
        if (v != null && !v.isNull()) {
          b.append(dev.plasticity.runtime.output.Csv.cell(v.isTextual() ? v.textValue() : v.toString()));
        }
      }
      b.append('\n');
    }
    AtomicFiles.write(file, b.toString());
  }
}
