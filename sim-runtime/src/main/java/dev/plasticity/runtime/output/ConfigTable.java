package dev.plasticity.runtime.output;

import com.fasterxml.jackson.databind.JsonNode;
import dev.plasticity.runtime.scenario.SeededName;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The scenario as each variant ran it (after --set, --smoke and the variant's changes),
 * flattened to the dotted paths --set takes ({@code network.projections[0].init.type})
 * and their values: the paths every variant has alike, then those where they differ, with
 * a value per variant. Replicates over seeds are one variant, whose seed is their list.
 *
 * @param shared path and value, the same in every variant
 * @param variants the variants, in scenario order
 * @param differing path, then its value in each of {@link #variants} ("-" where it has none)
 */
public record ConfigTable(List<String[]> shared, List<String> variants, List<String[]> differing) {
  /** Parts of a scenario that are not its configuration: the report shows them otherwise, or they are applied already. */
  private static final Set<String> LEFT_OUT = Set.of("name", "description", "variants", "smoke", "$schema");

  /** The table of {@code trees}: each variant's resolved scenario, by its name. */
  public static ConfigTable of(Map<String, JsonNode> trees) {
    Map<String, Map<String, String>> byVariant = new LinkedHashMap<>();
    Map<String, List<String>> seeds = new LinkedHashMap<>();
    trees.forEach((name, tree) -> {
      String base = SeededName.variant(name);
      byVariant.computeIfAbsent(base, k -> flatten(tree));
      seeds.computeIfAbsent(base, k -> new ArrayList<>()).add(tree.path("seed").asText());
    });
    seeds.forEach((base, list) -> {
      if (list.size() > 1) {
        byVariant.get(base).put("seed", String.join(", ", list));
      }
    });
    Set<String> paths = new LinkedHashSet<>();
    byVariant.values().forEach(m -> paths.addAll(m.keySet()));
    List<String> variants = List.copyOf(byVariant.keySet());
    List<String[]> shared = new ArrayList<>();
    List<String[]> differing = new ArrayList<>();
    for (String path : paths) {
      String[] row = new String[variants.size() + 1];
      row[0] = path;
      for (int i = 0; i < variants.size(); i++) {
        row[i + 1] = byVariant.get(variants.get(i)).getOrDefault(path, "-");
      }
      if (java.util.Arrays.stream(row, 1, row.length).distinct().count() == 1) {
        shared.add(new String[] {path, row[1]});
      } else {
        differing.add(row);
      }
    }
    return new ConfigTable(shared, variants, differing);
  }

  /** Every leaf of {@code tree} by its dotted path, in the order of the file. */
  static Map<String, String> flatten(JsonNode tree) {
    Map<String, String> out = new LinkedHashMap<>();
    tree.fields().forEachRemaining(e -> {
      if (!LEFT_OUT.contains(e.getKey())) {
        flatten(e.getKey(), e.getValue(), out);
      }
    });
    return out;
  }

  private static void flatten(String path, JsonNode node, Map<String, String> out) {
    if (node.isObject() && node.size() > 0) {
      node.fields().forEachRemaining(e -> flatten(path + "." + e.getKey(), e.getValue(), out));
    } else if (node.isArray() && node.size() > 0) {
      for (int i = 0; i < node.size(); i++) {
        flatten(path + "[" + i + "]", node.get(i), out);
      }
    } else {
      out.put(path, node.isTextual() ? node.textValue() : node.toString());
    }
  }
}
