package dev.plasticity.sweep;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.plasticity.sweep.spec.Point;

/**
 * One point with one seed: a run of the engine into {@code tasks/<id>/} of the sweep's
 * directory. Ids sort in task order ({@code 007-seed42}), so a directory listing reads in it.
 */
public record SweepTask(String id, Point point, long seed, ObjectNode tree) {
  static String id(int pointIndex, int points, long seed) {
    int width = Integer.toString(Math.max(0, points - 1)).length();
    return String.format(java.util.Locale.ROOT, "%0" + width + "d-seed%d", pointIndex, seed);
  }
}
