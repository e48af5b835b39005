package dev.plasticity.runtime.export;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.plasticity.api.sim.StateMap;
import dev.plasticity.runtime.config.FileErrors;
import dev.plasticity.runtime.config.InputException;
import dev.plasticity.runtime.engine.RunStatus;
import dev.plasticity.runtime.engine.SavedRun;
import dev.plasticity.runtime.engine.VariantStatus;
import dev.plasticity.runtime.engine.VariantStatus.State;
import dev.plasticity.runtime.output.AtomicFiles;
import dev.plasticity.runtime.scenario.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Exports a run directory for numpy and pandas: per variant, every parameter of its last
 * checkpoint as {@code .npy} files in a folder named for the variant (or one {@code .npz}),
 * with the shape the network gives it; the metrics as metrics.csv and metrics.parquet; and
 * manifest.json, which says which file holds what. A run that failed or was interrupted
 * exports what its checkpoints hold, and says so.
 */
public final class RunExport {
  static final String MANIFEST = "manifest.json";

  /**
   * @param out the directory to write into; null for {@code RUN_DIR/export}
   * @param variants the variants to export; empty for every variant with a checkpoint
   * @param optimizerState whether the optimizer's buffers (momentum, Adam moments) go too
   * @param npz one {@code VARIANT.npz} per variant instead of a folder of {@code .npy}
   */
  public record Options(Path out, List<String> variants, boolean optimizerState, boolean npz) {}

  /** What an export wrote: where, how many arrays, how many metric rows. */
  public record Result(Path out, int variants, int arrays, int metricRows) {}

  private RunExport() {}

  /** Exports {@code runDir}; says what a reader should know (an unfinished variant) through {@code notes}. */
  public static Result export(Path runDir, Options options, Consumer<String> notes) {
    SavedRun run = SavedRun.open(runDir);
    Path out = options.out() != null ? options.out() : runDir.resolve("export");
    refuseForeign(out);
    Map<String, Path> checkpoints = chosen(run, options.variants(), notes);
    RunStatus status = run.status();
    ScenarioShapes shapes = ScenarioShapes.of(run.scenario());
    ObjectNode manifest = Json.MAPPER.createObjectNode();
    manifest.put("run", runDir.toString());
    manifest.put("status", status.status());
    manifest.put("format", options.npz() ? "npz" : "npy");
    manifest.put("optimizerState", options.optimizerState());
    ArrayNode variants = manifest.putArray("variants");
    int arrays = 0;
    try {
      for (Map.Entry<String, Path> e : checkpoints.entrySet()) {
        String variant = e.getKey();
        VariantStatus standing = status.variants().get(variant);
        StateMap state = run.readCheckpoint(e.getValue());
        CheckpointArrays exported = CheckpointArrays.of(state, options.optimizerState(), shapes);
        say(variant, standing, state, status.resumeCommand(), notes);
        if (!exported.guessed().isEmpty()) {
          notes.accept("variant '" + variant + "': its checkpoint (from an older build) records no shapes; "
              + String.join(", ", exported.guessed()) + " shaped from the run's scenario");
        }
        if (!exported.unshaped().isEmpty()) {
          notes.accept("variant '" + variant + "': its checkpoint (from an older build) records no shapes; "
              + String.join(", ", exported.unshaped()) + " exported flat (1-D)");
        }
        variants.add(VariantFiles.write(out, variant, standing, state, exported, options.npz()));
        arrays += exported.arrays().size();
      }
      int rows = ExportedMetrics.write(runDir, out, checkpoints.keySet(), !options.variants().isEmpty(), manifest,
          notes);
      AtomicFiles.write(out.resolve(MANIFEST), Json.MAPPER.writerWithDefaultPrettyPrinter()
          .writeValueAsString(manifest) + "\n");
      return new Result(out, checkpoints.size(), arrays, rows);
    } catch (IOException | SecurityException e) {
      throw new InputException(out.toString(), "the export cannot be written: " + FileErrors.inWords(e));
    }
  }

  /**
   * The variants to export and their checkpoints. A variant asked for by name must exist and
   * have a checkpoint; with none named, those without one are skipped with a note.
   */
  private static Map<String, Path> chosen(SavedRun run, List<String> asked, Consumer<String> notes) {
    Map<String, Path> chosen = new LinkedHashMap<>();
    List<String> problems = new ArrayList<>();
    for (String v : asked) {
      if (!run.variants().contains(v)) {
        problems.add("--variant " + v + ": the run has no such variant (it has " + String.join(", ", run.variants())
            + ")");
      } else if (run.checkpointOf(v).isEmpty()) {
        problems.add("--variant " + v + ": " + noCheckpoint(run, v));
      } else {
        chosen.put(v, run.checkpointOf(v).get());
      }
    }
    if (!problems.isEmpty()) {
      throw new InputException(run.dir().toString(), problems);
    }
    if (!asked.isEmpty()) {
      return chosen;
    }
    for (String v : run.variants()) {
      run.checkpointOf(v).ifPresentOrElse(p -> chosen.put(v, p),
          () -> notes.accept("variant '" + v + "' not exported: " + noCheckpoint(run, v)));
    }
    if (chosen.isEmpty()) {
      throw new InputException(run.dir().toString(), "no variant has written a checkpoint yet (one is written at"
          + " the end of every epoch); nothing to export");
    }
    return chosen;
  }

  private static String noCheckpoint(SavedRun run, String variant) {
    VariantStatus s = run.status().variants().get(variant);
    return switch (s.state()) {
      case PENDING -> "it never started, so it has no checkpoint";
      case FAILED -> "it failed before its first checkpoint (" + s.reason() + ")";
      default -> "it has no checkpoint (" + SavedRun.fileName(variant) + ".bin is missing from checkpoint/)";
    };
  }

  /** A variant that did not finish is exported as far as it got: say how far. */
  private static void say(String variant, VariantStatus s, StateMap state, String resume, Consumer<String> notes) {
    String at = "its checkpoint" + (state.has("run/nextTick") ? " at tick " + state.longs("run/nextTick")[0] : "")
        + " (" + s.epochsDone() + (s.epochsPlanned() > 0 ? " of " + s.epochsPlanned() : "") + " epochs done)"
        + " is exported";
    if (s.state() == State.INTERRUPTED) {
      notes.accept("variant '" + variant + "' was interrupted: " + at + "; continue the run with " + resume);
    } else if (s.state() == State.FAILED) {
      notes.accept("variant '" + variant + "' failed (" + s.reason() + "): " + at);
    }
  }

  /** A folder with files of its own and no manifest is someone else's: writing into it could overwrite them. */
  private static void refuseForeign(Path out) {
    if (Files.exists(out) && !Files.isDirectory(out)) {
      throw new InputException(out.toString(), "is a file, not a directory; choose another --out");
    }
    if (!Files.isDirectory(out) || Files.exists(out.resolve(MANIFEST))) {
      return;
    }
    try (Stream<Path> s = Files.list(out)) {
      if (s.findAny().isPresent()) {
        throw new InputException(out.toString(), "holds files and no " + MANIFEST
            + ", so it is no earlier export; choose another --out");
      }
    } catch (IOException e) {
      throw new InputException(out.toString(), FileErrors.inWords(e));
    }
  }
}
