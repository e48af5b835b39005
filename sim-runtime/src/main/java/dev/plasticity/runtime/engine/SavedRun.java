package dev.plasticity.runtime.engine;

import com.fasterxml.jackson.databind.JsonNode;
import dev.plasticity.api.sim.StateMap;
import dev.plasticity.runtime.config.FileErrors;
import dev.plasticity.runtime.config.InputException;
import dev.plasticity.runtime.output.ShellCommand;
import dev.plasticity.runtime.scenario.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A run directory as a tool that reads it without running it (export) sees it: its
 * variants, where each stands, and their checkpoints. Nothing here builds a network or
 * loads data, so it works where the data set is gone.
 */
public final class SavedRun {
  private final Path dir;
  private final RunStatus status;

  private SavedRun(Path dir, RunStatus status) {
    this.dir = dir;
    this.status = status;
  }

  /** Opens {@code dir}; anything that is not a run directory is bad input, in one line. */
  public static SavedRun open(Path dir) {
    if (!Files.exists(dir)) {
      throw new InputException(dir.toString(), "no such directory");
    }
    if (!Files.isDirectory(dir)) {
      throw new InputException(dir.toString(), "is a file, not a run directory");
    }
    if (!RunDirectory.holdsRun(dir)) {
      throw new InputException(dir.toString(), "not a run directory (no checkpoint/run.json)");
    }
    Path file = dir.resolve("checkpoint/progress.json");
    if (!Files.exists(file)) {
      throw new InputException(file.toString(), "missing: the run never got as far as its first variant");
    }
    RunProgress progress = RunProgress.read(file, variantsIn(Json.readFile(file)));
    String resume = ShellCommand.plasticity(List.of("resume", dir.toString()));
    return new SavedRun(dir, progress.status(false, resume));
  }

  /** The variants progress.json names: its "variants" object, or an older file's "completed" list. */
  private static List<String> variantsIn(JsonNode progress) {
    Set<String> names = new LinkedHashSet<>();
    progress.path("variants").fieldNames().forEachRemaining(names::add);
    progress.path("completed").forEach(c -> names.add(c.asText()));
    return new ArrayList<>(names);
  }

  public Path dir() {
    return dir;
  }

  /** Finished, failed or interrupted (a run still going reads as interrupted), and each variant's standing. */
  public RunStatus status() {
    return status;
  }

  public List<String> variants() {
    return List.copyOf(status.variants().keySet());
  }

  /** The scenario the run recorded (resolved: after --set and --smoke; variants not applied). */
  public JsonNode scenario() {
    return Json.readFile(dir.resolve("checkpoint/run.json")).path("scenario");
  }

  /** The checkpoint file of {@code variant}, if it ever wrote one. */
  public Optional<Path> checkpointOf(String variant) {
    Path file = RunDirectory.checkpointOf(dir, variant);
    return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
  }

  /** The checkpoint of {@code variant}; an unreadable or corrupt one is bad input naming the file. */
  public StateMap readCheckpoint(Path file) {
    try {
      return CheckpointFile.read(file);
    } catch (java.io.EOFException e) {
      throw new InputException(file.toString(), "truncated: the checkpoint ends before its last entry");
    } catch (IOException e) {
      throw new InputException(file.toString(), e instanceof java.nio.file.FileSystemException
          ? FileErrors.inWords(e) : withoutFile(e.getMessage(), file));
    }
  }

  /** CheckpointFile names the file in its messages; the line names it once, in front. */
  private static String withoutFile(String message, Path file) {
    String name = file.toString();
    return message.startsWith(name) ? message.substring(name.length()).replaceFirst("^:? ", "") : message;
  }

  /** {@code variant} as a file name, one to one, as the checkpoints name it. */
  public static String fileName(String variant) {
    return RunDirectory.fileName(variant);
  }
}
