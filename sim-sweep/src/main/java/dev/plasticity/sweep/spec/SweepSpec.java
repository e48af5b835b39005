package dev.plasticity.sweep.spec;

import java.util.ArrayList;
import java.util.List;

/**
 * A scenario's {@code sweep} section, read and checked: its axes, the seeds every point runs
 * with, the metric the ranked table sorts by (largest first), the two columns of the heat
 * map, and how many times a task that throws is tried again from its checkpoint.
 *
 * @param labelled the columns whose rows are tagged with labels rather than values
 */
public record SweepSpec(Axis axes, List<Long> seeds, String rankBy, List<String> heatmap, int retries,
    List<String> labelled) {
  public SweepSpec {
    seeds = List.copyOf(seeds);
    heatmap = List.copyOf(heatmap);
    labelled = List.copyOf(labelled);
  }

  /** Every point, numbered in order. */
  public List<Point> points() {
    List<Point> out = new ArrayList<>();
    List<List<Setting>> all = axes.points();
    for (int i = 0; i < all.size(); i++) {
      out.add(new Point(i, all.get(i)));
    }
    return out;
  }

  public List<String> columns() {
    return axes.columns();
  }
}
