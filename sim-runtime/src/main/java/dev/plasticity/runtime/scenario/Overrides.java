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
 * {@code network.projections[0].init}): what {@code --set}, variants and the smoke block do.
 *
 * <p>A variant and the smoke block are themselves maps of dotted paths to values
 * ({@code "rfa": {"learning.credit": {"type": "rfa", "every": 100}}}). A path into one,
 * {@code variants.rfa.learning.credit.every}, is resolved against the keys it has: the
 * longest key that begins the rest ({@code learning.credit}), then the path within that
 * key's value ({@code every}); with no such key, the rest becomes a key of its own
 * ({@code "learning.credit.every"}), as the block's own syntax would write it.
 */
public final class Overrides {
  /** A field name or an [index], each step of a dotted path. */
  private static final Pattern STEP = Pattern.compile("(?:^|\\.)([A-Za-z0-9_-]+)|\\[(\\d+)\\]");

  /**
   * Where a path lands: the steps from the root (field names and indices) and, for a path
   * into a block of dotted keys, the block ({@code smoke}, {@code variants.rfa}) and the
   * path within it ({@code learning.credit.every}), which is where the change lands in the
   * scenario once the block is applied.
   */
  public record Target(List<Object> steps, String block, String withinBlock) {}

  private Overrides() {}

  /**
   * Sets {@code path} in {@code root} to {@code value}, creating missing objects on the
   * way; returns a problem message, or null when done.
   */
  public static String set(ObjectNode root, String path, JsonNode value) {
    Target target = target(root, path);
    return target == null ? badPath(path) : set(root, path, target, value);
  }

  /** Where {@code path} lands in {@code root}; null when it is no dotted path. */
  public static Target target(ObjectNode root, String path) {
    List<Object> steps = steps(path);
    if (steps == null || steps.isEmpty()) {
      return null;
    }
    int blockLength = blockLength(steps);
    if (blockLength == 0 || steps.size() == blockLength) {
      return new Target(steps, null, null);
    }
    String block = String.join(".", steps.subList(0, blockLength).stream().map(String::valueOf).toList());
    String rest = path.substring(block.length() + 1);
    JsonNode keys = root.at("/" + String.join("/", block.split("\\.")));
    List<Object> resolved = new ArrayList<>(steps.subList(0, blockLength));
    for (int cut = rest.length(); cut > 0; cut--) {
      boolean boundary = cut == rest.length() || rest.charAt(cut) == '.' || rest.charAt(cut) == '[';
      if (boundary && keys.has(rest.substring(0, cut))) {
        resolved.add(rest.substring(0, cut));
        resolved.addAll(steps(rest.substring(cut).replaceFirst("^\\.", "")));
        return new Target(resolved, block, rest);
      }
    }
    resolved.add(rest);
    return new Target(resolved, block, rest);
  }

  /** Steps of the blocks whose keys are dotted paths: {@code smoke}, {@code variants.<name>}; 0 elsewhere. */
  private static int blockLength(List<Object> steps) {
    if (steps.get(0).equals("smoke")) {
      return 1;
    }
    return steps.get(0).equals("variants") && steps.size() > 1 && steps.get(1) instanceof String ? 2 : 0;
  }

  /** The steps of a dotted path with optional [index]es; null when malformed. */
  private static List<Object> steps(String path) {
    List<Object> out = new ArrayList<>();
    Matcher m = STEP.matcher(path);
    int pos = 0;
    while (pos < path.length()) {
      if (!m.find(pos) || m.start() != pos) {
        return null;
      }
      out.add(m.group(1) != null ? m.group(1) : (Object) Integer.valueOf(m.group(2)));
      pos = m.end();
    }
    return out.isEmpty() && !path.isEmpty() ? null : out;
  }

  private static String badPath(String path) {
    return "bad path '" + path + "': use dotted field names with optional [index]";
  }

  /** Sets the value at {@code target}; returns a problem message, or null when done. */
  private static String set(ObjectNode root, String path, Target target, JsonNode value) {
    List<Object> steps = target.steps();
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
