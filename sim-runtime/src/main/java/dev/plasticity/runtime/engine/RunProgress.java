package dev.plasticity.runtime.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.plasticity.runtime.engine.VariantStatus.State;
import dev.plasticity.runtime.output.AtomicFiles;
import dev.plasticity.runtime.scenario.Json;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where every variant of a run stands, kept in {@code checkpoint/progress.json} and
 * rewritten at every change: a resumed run skips the variants that finished, and those
 * that failed (a deterministic failure would only recur), and the outputs of a stopped run
 * say how far each variant got.
 */
final class RunProgress {
  private final Path file;
  private final Map<String, VariantStatus> variants = new LinkedHashMap<>();
  /** When each variant running in this sitting started it (System.nanoTime). */
  private final Map<String, Long> runningSince = new HashMap<>();

  private RunProgress(Path file, List<String> names) {
    this.file = file;
    names.forEach(n -> variants.put(n, new VariantStatus(State.PENDING, 0, -1, null, 0)));
  }

  /** A run that has not started: every variant pending. */
  static RunProgress fresh(Path file, List<String> names) {
    RunProgress p = new RunProgress(file, names);
    p.save();
    return p;
  }

  /**
   * The progress an earlier sitting saved. A run directory of an older version lists only
   * the variants it completed; their epochs are unknown then.
   */
  static RunProgress read(Path file, List<String> names) {
    RunProgress p = new RunProgress(file, names);
    JsonNode saved = Json.readFile(file);
    saved.path("completed").forEach(c -> p.variants.computeIfPresent(c.asText(),
        (n, s) -> new VariantStatus(State.FINISHED, s.epochsDone(), s.epochsPlanned(), null, 0)));
    saved.path("variants").fields().forEachRemaining(e -> {
      JsonNode v = e.getValue();
      p.variants.computeIfPresent(e.getKey(), (n, s) -> new VariantStatus(
          State.valueOf(v.path("status").asText("pending").toUpperCase(java.util.Locale.ROOT)),
          v.path("epochsDone").asLong(0), v.path("epochsPlanned").asLong(-1),
          v.hasNonNull("reason") ? v.get("reason").asText() : null, v.path("wallSeconds").asDouble(0)));
    });
    return p;
  }

  synchronized VariantStatus of(String variant) {
    return variants.get(variant);
  }

  /** Notes the epochs {@code variant}'s schedule plans (known once its simulation is built). */
  synchronized void planned(String variant, long epochs) {
    VariantStatus s = variants.get(variant);
    variants.put(variant, new VariantStatus(s.state(), s.epochsDone(), epochs, s.reason(), s.wallSeconds()));
  }

  /** Notes that {@code variant} starts running now: its wall time counts from here until it stops. */
  synchronized void started(String variant) {
    runningSince.put(variant, System.nanoTime());
  }

  synchronized void finished(String variant) {
    long planned = variants.get(variant).epochsPlanned();
    stopped(variant, State.FINISHED, planned, null);
  }

  synchronized void interrupted(String variant, long epochsDone) {
    stopped(variant, State.INTERRUPTED, epochsDone, null);
  }

  synchronized void failed(VariantFailure f, long epochsDone) {
    stopped(f.variant(), State.FAILED, epochsDone, f.reason());
  }

  /** Records where {@code variant} stopped, adding this sitting's time to its wall time, and saves. */
  private void stopped(String variant, State state, long epochsDone, String reason) {
    VariantStatus s = variants.get(variant);
    Long since = runningSince.remove(variant);
    double wall = s.wallSeconds() + (since == null ? 0 : (System.nanoTime() - since) / 1e9);
    variants.put(variant, new VariantStatus(state, epochsDone, s.epochsPlanned(), reason, wall));
    save();
  }

  /** Every failure so far, this sitting's and earlier ones'. */
  synchronized List<VariantFailure> failures(Map<String, VariantFailure> thisSitting) {
    List<VariantFailure> all = new ArrayList<>();
    variants.forEach((name, s) -> {
      if (s.state() == State.FAILED) {
        all.add(thisSitting.getOrDefault(name, VariantFailure.recorded(name, s.reason())));
      }
    });
    return all;
  }

  /** Whether every variant finished or failed: nothing is left to run. */
  synchronized boolean settled() {
    return variants.values().stream().allMatch(VariantStatus::settled);
  }

  /** The run's standing, as the outputs give it; {@code running} while variants still run. */
  synchronized RunStatus status(boolean running, String resumeCommand) {
    String status;
    if (running) {
      status = RunStatus.RUNNING;
    } else if (!settled()) {
      status = RunStatus.INTERRUPTED;
    } else if (variants.values().stream().anyMatch(s -> s.state() == State.FAILED)) {
      status = RunStatus.FAILED;
    } else {
      status = RunStatus.FINISHED;
    }
    return new RunStatus(status, Collections.unmodifiableMap(new LinkedHashMap<>(variants)), resumeCommand);
  }

  private void save() {
    ObjectNode root = Json.MAPPER.createObjectNode();
    // "completed" is what earlier versions read to resume a run.
    var completed = root.putArray("completed");
    ObjectNode vs = root.putObject("variants");
    variants.forEach((name, s) -> {
      if (s.state() == State.FINISHED) {
        completed.add(name);
      }
      ObjectNode o = vs.putObject(name);
      o.put("status", s.state().label());
      o.put("epochsDone", s.epochsDone());
      o.put("epochsPlanned", s.epochsPlanned());
      if (s.reason() != null) {
        o.put("reason", s.reason());
      }
      o.put("wallSeconds", Math.round(s.wallSeconds() * 1000) / 1000.0);
    });
    try {
      AtomicFiles.write(file, Json.MAPPER.writeValueAsString(root) + "\n");
    } catch (IOException e) {
      throw new OutputFailedException(e);
    }
  }
}
