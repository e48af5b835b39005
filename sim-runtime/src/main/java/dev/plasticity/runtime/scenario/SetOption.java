package dev.plasticity.runtime.scenario;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.plasticity.runtime.config.Problems;

/** One {@code --set PATH=VALUE}: the path, the value as JSON, and the text as typed (for messages). */
record SetOption(String text, String path, JsonNode value) {
  /** Parses {@code text}; adds a problem naming the --set and returns null when it cannot. */
  static SetOption parse(String text, Problems problems) {
    int eq = text.indexOf('=');
    if (eq <= 0) {
      problems.add("--set " + text + ": expected path=value");
      return null;
    }
    String path = text.substring(0, eq);
    String raw = text.substring(eq + 1);
    try {
      return new SetOption(text, path, value(raw));
    } catch (JsonProcessingException e) {
      String where = JsonSyntax.where(e, JsonSyntax.Text.VALUE);
      problems.add("--set " + path + ": not valid JSON" + (where.isEmpty() ? "" : " at " + where) + ": "
          + JsonSyntax.reason(e, JsonSyntax.Text.VALUE));
      return null;
    }
  }

  /**
   * The value as JSON. One that starts like an object, an array or a string was meant as
   * JSON and must parse; anything else is JSON when it parses (2, true, null) and a plain
   * string otherwise ({@code --set data.dir=/data}).
   */
  static JsonNode value(String raw) throws JsonProcessingException {
    String start = raw.stripLeading();
    if (start.startsWith("{") || start.startsWith("[") || start.startsWith("\"")) {
      return Json.MAPPER.readTree(raw);
    }
    try {
      JsonNode n = Json.MAPPER.readTree(raw);
      return n == null || n.isMissingNode() ? TextNode.valueOf(raw) : n;
    } catch (JsonProcessingException e) {
      return TextNode.valueOf(raw);
    }
  }
}
