package dev.plasticity.sweep.spec;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One value a point gives one dotted path of the scenario.
 *
 * @param column the name the merged outputs tag rows with (the axis's {@code name}, else its path)
 * @param path the dotted path ({@code learning.credit.terms[0].weight})
 * @param value the value set there
 * @param label how tables and plots show the value (the axis's {@code labels}, else the value)
 * @param at the JSON path of the axis in the sweep section, for its problems
 */
public record Setting(String column, String path, JsonNode value, String label, String at) {
  /** What tags a merged row: the label when the axis gave labels, the value otherwise. */
  public JsonNode tag(boolean labelled) {
    return labelled ? com.fasterxml.jackson.databind.node.TextNode.valueOf(label) : value;
  }
}
