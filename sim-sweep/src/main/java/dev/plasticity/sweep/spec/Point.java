package dev.plasticity.sweep.spec;

import java.util.List;

/** One point of a sweep: its place in the sweep's order and the settings it makes, in order. */
public record Point(int index, List<Setting> settings) {
  public Point {
    settings = List.copyOf(settings);
  }
}
