package dev.plasticity.sweep.spec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.plasticity.runtime.config.Problems;
import dev.plasticity.runtime.config.Suggest;
import java.util.ArrayList;
import java.util.List;

/**
 * The scenario a task runs: the sweep's base scenario with its point's settings made in
 * order (a later one may set a path inside a value an earlier one set) and its seed.
 *
 * <p>A path must lead through what the scenario has: every step but the last must exist (a
 * misspelt {@code learning.optimiser.lr} is said at the axis, not silently added), an index
 * must be inside its list, and the last field may be new only in an object (a field left at
 * its default, which the scenario's binder then checks by name).
 */
public final class PointTrees {
  private PointTrees() {}

  /** The tree of {@code point} with {@code seed}; null when a path does not exist (said in {@code problems}). */
  public static ObjectNode of(ObjectNode base, Point point, long seed, Problems problems) {
    ObjectNode tree = base.deepCopy();
    tree.remove("seeds"); // a task runs one seed; the sweep's seeds replace the scenario's
    tree.set("seed", LongNode.valueOf(seed));
    boolean ok = true;
    for (Setting s : point.settings()) {
      String problem = set(tree, s.path(), s.value().deepCopy());
      if (problem != null) {
        problems.at(s.at() + ".path", s.path() + ": " + problem); // and on: every bad axis is said at once
        ok = false;
      }
    }
    return ok ? tree : null;
  }

  private static String set(ObjectNode root, String path, JsonNode value) {
    List<Object> steps = PathSteps.of(path);
    JsonNode node = root;
    List<String> walked = new ArrayList<>(List.of("$"));
    for (int i = 0; i < steps.size(); i++) {
      Object step = steps.get(i);
      boolean last = i == steps.size() - 1;
      String where = String.join("", walked);
      if (step instanceof String field) {
        if (!node.isObject()) {
          return where + " is " + kind(node) + ", which has no field '" + field + "'";
        }
        JsonNode next = node.get(field);
        if (last) {
          ((ObjectNode) node).set(field, value);
          return null;
        }
        if (next == null) {
          List<String> known = new ArrayList<>();
          node.fieldNames().forEachRemaining(known::add);
          return "no field '" + field + "' in " + where + "; " + Suggest.knownAndNearest(field, known);
        }
        node = next;
        walked.add("." + field);
      } else {
        int index = (Integer) step;
        if (!node.isArray()) {
          return where + " is " + kind(node) + ", not a list: no [" + index + "]";
        }
        if (index >= node.size()) {
          return where + " has " + node.size() + " element" + (node.size() == 1 ? "" : "s") + ": no [" + index + "]";
        }
        if (last) {
          ((ArrayNode) node).set(index, value);
          return null;
        }
        node = node.get(index);
        walked.add("[" + index + "]");
      }
    }
    return null;
  }

  private static String kind(JsonNode n) {
    return n.isObject() ? "an object" : n.isArray() ? "a list" : n.isTextual() ? "a string (" + n + ")"
        : n.isNumber() ? "a number (" + n + ")" : n.toString();
  }
}
