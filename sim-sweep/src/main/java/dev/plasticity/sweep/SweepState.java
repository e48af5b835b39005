package dev.plasticity.sweep;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.plasticity.runtime.config.InputException;
import dev.plasticity.runtime.output.AtomicFiles;
import dev.plasticity.runtime.scenario.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a sweep's directory remembers so that {@code resume} lays out the same tasks even if
 * the scenario file changed since: {@code sweep.json} (the scenario as it ran, with its
 * sweep section, smoke applied; the command, the jobs) and {@code status/<id>.json}, written
 * as each task settles, which resume skips.
 */
final class SweepState {
  static final String FILE = "sweep.json";

  private SweepState() {}

  static boolean isSweep(Path dir) {
    return Files.isRegularFile(dir.resolve(FILE));
  }

  static void write(Path dir, ObjectNode info) {
    writeJson(dir.resolve(FILE), info);
  }

  static ObjectNode read(Path dir) {
    if (!isSweep(dir)) {
      throw new InputException(dir.toString(), "not a sweep directory (no " + FILE + ")");
    }
    return (ObjectNode) Json.readFile(dir.resolve(FILE));
  }

  static void settled(Path dir, TaskOutcome o) {
    ObjectNode n = Json.MAPPER.createObjectNode();
    n.put("task", o.id());
    n.put("state", o.state().name().toLowerCase(java.util.Locale.ROOT));
    n.put("attempts", o.attempts());
    if (o.reason() != null) {
      n.put("reason", o.reason());
    }
    writeJson(dir.resolve("status").resolve(o.id() + ".json"), n);
  }

  /** The tasks that settled in earlier sittings, by id. */
  static Map<String, TaskOutcome> settledBefore(Path dir) {
    Map<String, TaskOutcome> out = new LinkedHashMap<>();
    Path status = dir.resolve("status");
    if (!Files.isDirectory(status)) {
      return out;
    }
    try (var files = Files.list(status)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
        JsonNode n = Json.readFile(f);
        TaskOutcome.State state = TaskOutcome.State.valueOf(n.path("state").asText().toUpperCase(java.util.Locale.ROOT));
        out.put(n.path("task").asText(), new TaskOutcome(n.path("task").asText(), state, n.path("attempts").asInt(),
            n.hasNonNull("reason") ? n.get("reason").asText() : null));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  static void writeJson(Path file, JsonNode node) {
    try {
      AtomicFiles.write(file, Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(node) + "\n");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
