package dev.plasticity.runtime.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Changes to a scenario tree by dotted path ({@code schedule.epochs},
 * {@code network.projections[0].init}): what {@code --set} and variants do.
 */
public final class Overrides {
  private static final Pattern STEP = Pattern.compile("([A-Za-z0-9_-]+)((\\[\\d+\\])*)");

  private Overrides() {}

  /**
   * Sets {@code path} in {@code root} to {@code value}, creating missing objects on the
   * way; returns a problem message, or null when done.
   */
  public static String set(ObjectNode root, String path, JsonNode value) {
    List<Object> steps = new ArrayList<>();
    for (String part : path.split("\\.", -1)) {
      Matcher m = STEP.matcher(part);
      if (!m.matches()) {
        return "bad path '" + path + "': use dotted field names with optional [index]";
      }
      steps.add(m.group(1));
      Matcher idx = Pattern.compile("\\[(\\d+)\\]").matcher(m.group(2));
      while (idx.find()) {
        steps.add(Integer.parseInt(idx.group(1)));
      }
    }
    JsonNode node = root;
    for (int i = 0; i < steps.size() - 1; i++) {
      Object step = steps.get(i);
      JsonNode next;
      if (step instanceof String f) {
        if (!node.isObject()) {
          return "path '" + path + "': '" + f + "' is not inside an object";
        }
        next = node.get(f);
        if (next == null || next.isNull()) {
          next = steps.get(i + 1) instanceof Integer
              ? ((ObjectNode) node).putArray(f)
              : ((ObjectNode) node).putObject(f);
        } else if (next.isTextual() && steps.get(i + 1) instanceof String) {
          // A component written by its type name alone: expand to an object to set a field.
          ObjectNode expanded = ((ObjectNode) node).putObject(f);
          expanded.put("type", next.textValue());
          next = expanded;
        }
      } else {
        int k = (Integer) step;
        if (!node.isArray() || k >= node.size()) {
          return "path '" + path + "': index " + k + " does not exist";
        }
        next = node.get(k);
      }
      node = next;
    }
    Object last = steps.get(steps.size() - 1);
    if (last instanceof String f) {
      if (!node.isObject()) {
        return "path '" + path + "': '" + f + "' is not inside an object";
      }
      ((ObjectNode) node).set(f, value);
    } else {
      int k = (Integer) last;
      if (!node.isArray() || k >= node.size()) {
        return "path '" + path + "': index " + k + " does not exist";
      }
      ((ArrayNode) node).set(k, value);
    }
    return null;
  }
}
