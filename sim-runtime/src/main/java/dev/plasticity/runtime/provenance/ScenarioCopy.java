package dev.plasticity.runtime.provenance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.plasticity.runtime.scenario.RunOptions;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The scenario a run ran, as {@code RUN_DIR/scenario.json}: one file that {@code plasticity run}
 * takes, with no option, to the same {@code metrics.jsonl} bytes from any directory.
 *
 * <p>It is the scenario after the command line's changes, not each variant's resolved tree:
 * {@code --seed} and {@code --set} are applied (a --set into a variant is in that variant's
 * changes), {@code --seeds} is the scenario's {@code seeds}, the {@code smoke} block is gone
 * when --smoke applied it (applying it again could change what it already changed), the
 * variants not chosen with {@code --variant} are gone (the run ran only the others) and with
 * them a {@code baseline} that names one of them; the variants keep their changes, so the one
 * file runs them all side by side as the run did. A relative path that a data source
 * resolved against the original scenario's directory is written as the absolute path it
 * led to, since the copy lives in another directory. Which strings are paths is known only
 * from what the data sources resolved (a path is a plain string field of a plugin's record),
 * so every string equal to one of them is rewritten; a scenario has no other reason to hold
 * one.
 */
public final class ScenarioCopy {
  /** Its name, at the top of the run directory. */
  public static final String FILE = "scenario.json";

  private ScenarioCopy() {}

  /**
   * {@code tree} (the loaded scenario: the command line's changes applied) as the run's copy;
   * {@code paths} maps each relative path a data source resolved to the file it found.
   */
  public static ObjectNode of(JsonNode tree, RunOptions options, Map<String, Path> paths) {
    ObjectNode copy = tree.deepCopy();
    if (options.smoke()) {
      copy.remove("smoke");
    }
    JsonNode variants = copy.get("variants");
    if (!options.variants().isEmpty() && variants instanceof ObjectNode chosen) {
      List<String> dropped = new ArrayList<>();
      chosen.fieldNames().forEachRemaining(n -> {
        if (!options.variants().contains(n)) {
          dropped.add(n);
        }
      });
      chosen.remove(dropped);
      JsonNode baseline = copy.get("baseline");
      if (baseline != null && dropped.contains(baseline.asText())) {
        copy.remove("baseline");
      }
    }
    return (ObjectNode) absolute(copy, paths);
  }

  /** {@code node} with every string that is one of the resolved relative paths made absolute. */
  private static JsonNode absolute(JsonNode node, Map<String, Path> paths) {
    if (node.isTextual()) {
      Path found = paths.get(node.textValue());
      return found == null ? node : TextNode.valueOf(found.toAbsolutePath().normalize().toString());
    }
    if (node instanceof ObjectNode o) {
      List<String> names = new ArrayList<>();
      o.fieldNames().forEachRemaining(names::add);
      names.forEach(n -> o.set(n, absolute(o.get(n), paths)));
    } else if (node instanceof ArrayNode a) {
      for (int i = 0; i < a.size(); i++) {
        a.set(i, absolute(a.get(i), paths));
      }
    }
    return node;
  }
}
