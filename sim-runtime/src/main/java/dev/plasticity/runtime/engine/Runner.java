package dev.plasticity.runtime.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.plasticity.api.data.Data;
import dev.plasticity.api.data.DataContext;
import dev.plasticity.api.math.Linalg;
import dev.plasticity.api.sim.StateMap;
import dev.plasticity.api.spi.Plugin;
import dev.plasticity.runtime.config.InputException;
import dev.plasticity.runtime.output.AtomicFiles;
import dev.plasticity.runtime.output.Console;
import dev.plasticity.runtime.output.MetricsLog;
import dev.plasticity.runtime.output.Plots;
import dev.plasticity.runtime.output.Report;
import dev.plasticity.runtime.plugins.TypeRegistry;
import dev.plasticity.runtime.scenario.Json;
import dev.plasticity.runtime.scenario.LoadedScenario;
import dev.plasticity.runtime.scenario.RunOptions;
import dev.plasticity.runtime.scenario.ScenarioLoader;
import dev.plasticity.runtime.scenario.Variant;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Runs a scenario's variants one after the other into a run directory: metrics, summary,
 * plots, report, provenance and a checkpoint at every epoch end, from which
 * {@link #resume} continues to the same final metrics.
 */
public final class Runner {
  private final TypeRegistry types;
  private final ScenarioLoader loader;
  private final Console console;
  private final AtomicBoolean stopRequested = new AtomicBoolean();
  private final Map<String, Data> dataCache = new HashMap<>();

  public Runner(TypeRegistry types, ScenarioLoader loader, Console console) {
    this.types = types;
    this.loader = loader;
    this.console = console;
  }

  /** Asks a running scenario to checkpoint and stop after the current tick. */
  public void requestStop() {
    stopRequested.set(true);
  }

  /** Outcome of a run: where it went and whether it finished. */
  public record Result(Path runDir, boolean finished, List<MetricRow> finals) {}

  /** Starts a fresh run of {@code file} into {@code runDir}. */
  public Result run(Path file, RunOptions options, Path runDir, boolean force, String command) {
    DataContext dataCtx = new FileDataContext(file);
    LoadedScenario sc = loader.load(file, options, dataCtx);
    prepareRunDir(runDir, force);
    ObjectNode runInfo = Json.MAPPER.createObjectNode();
    runInfo.put("scenarioFile", file.toString());
    runInfo.set("scenario", sc.tree());
    ArrayNode vs = runInfo.putArray("variants");
    options.variants().forEach(vs::add);
    runInfo.put("command", command);
    runInfo.put("scenarioSha256", sha256(file));
    writeJson(runDir.resolve("checkpoint/run.json"), runInfo);
    writeJson(runDir.resolve("checkpoint/progress.json"), progress(List.of(), 0));
    return execute(sc, dataCtx, runDir, runInfo, false);
  }

  /** Continues the run in {@code runDir} from its last checkpoint. */
  public Result resume(Path runDir) {
    Path info = runDir.resolve("checkpoint/run.json");
    if (!Files.exists(info)) {
      throw new InputException(runDir.toString(), "not a run directory (no checkpoint/run.json)");
    }
    ObjectNode runInfo = (ObjectNode) Json.readFile(info);
    Path file = Path.of(runInfo.get("scenarioFile").asText());
    List<String> variants = new ArrayList<>();
    runInfo.get("variants").forEach(v -> variants.add(v.asText()));
    DataContext dataCtx = new FileDataContext(file);
    LoadedScenario sc = loader.load(file, runInfo.get("scenario"),
        new RunOptions(null, variants, List.of()), dataCtx);
    return execute(sc, dataCtx, runDir, runInfo, true);
  }

  private Result execute(LoadedScenario sc, DataContext dataCtx, Path runDir, ObjectNode runInfo,
      boolean resuming) {
    String command = runInfo.get("command").asText();
    ObjectNode progress = (ObjectNode) Json.readFile(runDir.resolve("checkpoint/progress.json"));
    List<String> completed = new ArrayList<>();
    progress.get("completed").forEach(c -> completed.add(c.asText()));
    MetricsLog log = new MetricsLog(runDir);
    ObjectNode provenance = provenance(sc, runInfo, resuming);
    Instant started = Instant.now();
    try {
      long keep = progress.get("metricsBytes").asLong();
      String current = null;
      for (Variant v : sc.variants()) {
        if (!completed.contains(v.name())) {
          current = v.name();
          break;
        }
      }
      Path ckpt = current == null ? null : checkpointOf(runDir, current);
      StateMap restored = null;
      if (resuming && ckpt != null && Files.exists(ckpt)) {
        restored = CheckpointFile.read(ckpt);
        keep = restored.longs("run/metricsBytes")[0];
      }
      log.open(keep);
      writeJson(runDir.resolve("provenance.json"), provenance);
      for (Variant v : sc.variants()) {
        if (completed.contains(v.name())) {
          continue;
        }
        boolean finished = runVariant(v, dataCtx, runDir, log,
            v.name().equals(current) ? restored : null);
        if (!finished) {
          provenance.put("status", "interrupted");
          writeJson(runDir.resolve("provenance.json"), provenance);
          console.info("interrupted; continue with: plasticity resume " + runDir);
          return new Result(runDir, false, finals(log.rows()));
        }
        completed.add(v.name());
        writeJson(runDir.resolve("checkpoint/progress.json"), progress(completed, log.bytes()));
        writeOutputs(sc, runDir, log, command, provenance);
      }
      List<MetricRow> finals = finals(log.rows());
      if (sc.variants().size() > 1) {
        console.comparison(finals);
      }
      provenance.put("status", "finished");
      provenance.put("finished", Instant.now().toString());
      provenance.put("wallSeconds", (Instant.now().toEpochMilli() - started.toEpochMilli()) / 1000.0);
      writeJson(runDir.resolve("provenance.json"), provenance);
      writeOutputs(sc, runDir, log, command, provenance);
      console.info("run directory: " + runDir);
      return new Result(runDir, true, finals);
    } catch (IOException e) {
      throw new RunFailedException("cannot write to " + runDir + ": " + e.getMessage(), e);
    }
  }

  private boolean runVariant(Variant v, DataContext dataCtx, Path runDir, MetricsLog log,
      StateMap restored) throws IOException {
    Data data = data(v, dataCtx);
    Path ckpt = checkpointOf(runDir, v.name());
    long[] epochs = new long[1];
    Simulation sim = new Simulation(v.name(), v.scenario(), data,
        row -> {
          try {
            log.append(row);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
          console.row(row, epochs[0]);
        },
        (s, tick) -> checkpoint(s, ckpt, tick + 1, log));
    epochs[0] = sim.timeline().epochs();
    long start = 0;
    if (restored != null) {
      sim.restoreState(restored);
      start = restored.longs("run/nextTick")[0];
      sim.skipTo(start);
      console.info("resuming variant '" + v.name() + "' at tick " + start);
    }
    long total = sim.timeline().totalTicks();
    console.startProgress(v.name(), start, total, sim.batchCapacity());
    long end;
    try {
      long begin = start;
      end = sim.run(total, stopRequested::get, t -> console.progress(t + 1, begin));
    } catch (UncheckedIOException e) {
      throw e.getCause();
    } catch (RuntimeException e) {
      throw new RunFailedException("variant '" + v.name() + "' failed: " + e.getMessage(), e);
    } finally {
      console.endProgress();
    }
    if (end < total) {
      checkpoint(sim, ckpt, end, log);
      return false;
    }
    return true;
  }

  private static void checkpoint(Simulation sim, Path file, long nextTick, MetricsLog log) {
    try {
      StateMap state = sim.saveState();
      state.putLongs("run/nextTick", new long[] {nextTick});
      state.putLongs("run/metricsBytes", new long[] {log.bytes()});
      CheckpointFile.write(file, state);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Data data(Variant v, DataContext ctx) throws IOException {
    String key = v.tree().get("data").toString();
    Data d = dataCache.get(key);
    if (d == null) {
      console.info("loading data " + key);
      try {
        d = v.scenario().data().load(ctx);
      } catch (IOException e) {
        throw new InputException("$.data", e.getMessage());
      }
      dataCache.put(key, d);
    }
    return d;
  }

  private static Path checkpointOf(Path runDir, String variant) {
    return runDir.resolve("checkpoint").resolve(variant + ".bin");
  }

  private static ObjectNode progress(List<String> completed, long bytes) {
    ObjectNode p = Json.MAPPER.createObjectNode();
    ArrayNode c = p.putArray("completed");
    completed.forEach(c::add);
    p.put("metricsBytes", bytes);
    return p;
  }

  private void writeOutputs(LoadedScenario sc, Path runDir, MetricsLog log, String command,
      ObjectNode provenance) throws IOException {
    List<MetricRow> rows = log.rows();
    List<MetricRow> finals = finals(rows);
    ObjectNode summary = Json.MAPPER.createObjectNode();
    summary.put("scenario", sc.base().name());
    summary.put("seed", sc.base().seed());
    ObjectNode vs = summary.putObject("variants");
    for (MetricRow f : finals) {
      ObjectNode o = vs.putObject(f.variant());
      o.put("epoch", f.epoch());
      o.put("tick", f.tick());
      f.values().forEach(o::put);
    }
    writeJson(runDir.resolve("summary.json"), summary);
    List<String> plots = Plots.write(runDir, rows);
    Report.write(runDir, sc.base().name(), sc.base().description(), finals, plots, command,
        Json.MAPPER.writeValueAsString(provenance));
  }

  /** The last row of every variant, in the order the variants ran. */
  static List<MetricRow> finals(List<MetricRow> rows) {
    Map<String, MetricRow> last = new LinkedHashMap<>();
    rows.forEach(r -> last.put(r.variant(), r));
    return List.copyOf(last.values());
  }

  private ObjectNode provenance(LoadedScenario sc, ObjectNode runInfo, boolean resuming) {
    ObjectNode p = Json.MAPPER.createObjectNode();
    p.put("plasticity", Runner.class.getPackage().getImplementationVersion() == null
        ? "0.1.0-SNAPSHOT" : Runner.class.getPackage().getImplementationVersion());
    p.put("scenario", sc.base().name());
    p.put("scenarioFile", runInfo.get("scenarioFile").asText());
    p.put("scenarioSha256", runInfo.get("scenarioSha256").asText());
    p.put("seed", sc.base().seed());
    ArrayNode vs = p.putArray("variants");
    sc.variants().forEach(v -> vs.add(v.name()));
    p.put("command", runInfo.get("command").asText());
    p.put("started", Instant.now().toString());
    p.put("resumed", resuming);
    p.put("status", "running");
    p.put("java", System.getProperty("java.version") + " (" + System.getProperty("java.vm.name") + ")");
    p.put("os", System.getProperty("os.name") + " " + System.getProperty("os.arch"));
    p.put("cpus", Runtime.getRuntime().availableProcessors());
    p.put("maxHeapMiB", Runtime.getRuntime().maxMemory() >> 20);
    p.put("blas", Linalg.implementation());
    ArrayNode plugins = p.putArray("plugins");
    for (Plugin plugin : types.plugins()) {
      ObjectNode o = plugins.addObject();
      o.put("name", plugin.name());
      o.put("class", plugin.getClass().getName());
      Module m = plugin.getClass().getModule();
      o.put("module", m.isNamed() ? m.getName() : "(class path)");
    }
    return p;
  }

  private static void prepareRunDir(Path runDir, boolean force) {
    try {
      if (Files.exists(runDir.resolve("checkpoint/run.json")) && !force) {
        throw new InputException(runDir.toString(), "already holds a run; continue it with "
            + "'plasticity resume " + runDir + "', or pass --force to start over, or choose another --out");
      }
      Files.createDirectories(runDir.resolve("checkpoint"));
      Files.deleteIfExists(runDir.resolve("metrics.jsonl"));
      try (var stream = Files.list(runDir.resolve("checkpoint"))) {
        for (Path p : stream.toList()) {
          Files.deleteIfExists(p);
        }
      }
      Path probe = Files.createTempFile(runDir, ".probe", ".tmp");
      Files.delete(probe);
    } catch (InputException e) {
      throw e;
    } catch (IOException | SecurityException e) {
      throw new InputException("--out " + runDir, "the output directory cannot be written: "
          + e.getClass().getSimpleName() + " " + e.getMessage());
    }
  }

  private static void writeJson(Path file, JsonNode node) {
    try {
      AtomicFiles.write(file, Json.MAPPER.writeValueAsString(node) + "\n");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String sha256(Path file) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    } catch (IOException | java.security.NoSuchAlgorithmException e) {
      return "unknown";
    }
  }
}
