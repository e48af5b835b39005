package dev.plasticity.runtime.output;

import dev.plasticity.runtime.engine.MetricRow;
import java.util.List;

/** final.csv: one row per variant with its last value of every metric, in ranking order. */
public final class FinalTable {
  private FinalTable() {}

  public static String csv(List<MetricRow> finals) {
    List<String> cols = MetricRow.columns(finals);
    StringBuilder b = new StringBuilder("rank,variant,epoch");
    cols.forEach(c -> b.append(',').append(Csv.cell(c)));
    b.append('\n');
    int rank = 1;
    for (MetricRow f : finals) {
      b.append(rank++).append(',').append(Csv.cell(f.variant())).append(',').append(f.epoch());
      for (String c : cols) {
        Double v = f.values().get(c);
        b.append(',').append(v == null ? "" : v.toString());
      }
      b.append('\n');
    }
    return b.toString();
  }
}
