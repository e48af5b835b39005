package dev.plasticity.sweep.spec;

import java.util.ArrayList;
import java.util.List;

/**
 * A sweep's axes, as a tree: leaves give one path its values; a product takes every
 * combination of its parts (the first part changing slowest, as nested loops would), a zip
 * takes its parts' i-th values together, a union the points of each part one after the other.
 * {@link #points} lists the settings of each point in that order: the order of the tasks,
 * and so of every merged output.
 */
public sealed interface Axis {
  /** The settings of every point this axis spans, in order. */
  List<List<Setting>> points();

  /** The columns (axis names) this axis tags rows with, in order of first appearance. */
  List<String> columns();

  /** A path and its values (a list, a range or a sample, expanded when read). */
  record Leaf(String column, List<Setting> values, boolean labelled) implements Axis {
    @Override
    public List<List<Setting>> points() {
      return values.stream().map(List::of).toList();
    }

    @Override
    public List<String> columns() {
      return List.of(column);
    }
  }

  /** An axis made of others; its columns are theirs, in order of first appearance. */
  sealed interface Composite extends Axis {
    List<Axis> parts();

    @Override
    default List<String> columns() {
      List<String> out = new ArrayList<>();
      parts().forEach(p -> p.columns().stream().filter(c -> !out.contains(c)).forEach(out::add));
      return out;
    }
  }

  /** Every combination of the parts' points. */
  record Product(List<Axis> parts) implements Composite {
    @Override
    public List<List<Setting>> points() {
      List<List<Setting>> acc = List.of(List.of());
      for (Axis part : parts) {
        List<List<Setting>> next = new ArrayList<>();
        for (List<Setting> prefix : acc) {
          for (List<Setting> p : part.points()) {
            List<Setting> joined = new ArrayList<>(prefix);
            joined.addAll(p);
            next.add(joined);
          }
        }
        acc = next;
      }
      return acc;
    }

  }

  /** The parts' i-th points together; the reader has checked that the parts have as many. */
  record Zip(List<Axis> parts) implements Composite {
    @Override
    public List<List<Setting>> points() {
      List<List<List<Setting>>> each = parts.stream().map(Axis::points).toList();
      List<List<Setting>> out = new ArrayList<>();
      for (int i = 0; i < each.get(0).size(); i++) {
        List<Setting> joined = new ArrayList<>();
        for (List<List<Setting>> p : each) {
          joined.addAll(p.get(i));
        }
        out.add(joined);
      }
      return out;
    }
  }

  /** The points of each part, one part after the other (bp and fa beside a grid of kunin rules). */
  record Union(List<Axis> parts) implements Composite {
    @Override
    public List<List<Setting>> points() {
      List<List<Setting>> out = new ArrayList<>();
      parts.forEach(p -> out.addAll(p.points()));
      return out;
    }
  }
}
