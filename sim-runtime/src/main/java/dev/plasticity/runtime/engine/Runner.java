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
import dev.plasticity.runtime.output.CurveLog;
import dev.plasticity.runtime.output.FinalTable;
import dev.plasticity.runtime.output.Console;
import dev.plasticity.runtime.output.MetricsLog;
import dev.plasticity.runtime.output.Plots;
import dev.plasticity.runtime.output.Report;
import dev.plasticity.runtime.output.SeedStatistics;
import dev.plasticity.runtime.output.ShellCommand;
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
  /** The last tick a run runs (Long.MAX_VALUE: to the end). */
  private volatile long stopAfterTick = Long.MAX_VALUE;
  private final Map<String, Data> dataCache = new HashMap<>();
  private boolean startUpReported;
  private CurveLog curves; // the curves of the run being executed

  public Runner(TypeRegistry types, ScenarioLoader loader, Console console) {
    this.types = types;
    this.loader = loader;
    this.console = console;
  }

  /** Asks a running scenario to checkpoint and stop after the current tick. */
  public void requestStop() {
    stopRequested.set(true);
  }

  /** Whether {@link #requestStop} was called (Ctrl-C, or a failing variant). */
  public boolean stopRequested() {
    return stopRequested.get();
  }

  /**
   * Makes {@link #run} or {@link #resume} stop every variant after tick {@code tick} and
   * checkpoint, as Ctrl-C would: a long run can be split into sittings, and a resumed run
   * checked against a whole one. A variant already past it is not run further.
   */
  public void stopAfterTick(long tick) {
    stopAfterTick = tick;
  }

  /** Outcome of a run: where it went and whether it finished. */
  public record Result(Path runDir, boolean finished, List<MetricRow> finals) {}

  /** Starts a fresh run of {@code file} into {@code runDir}, {@code jobs} variants at a time. */
  public Result run(Path file, RunOptions options, Path runDir, boolean force, String command, int jobs) {
    DataContext dataCtx = new FileDataContext(file);
    LoadedScenario sc = loader.load(file, options, dataCtx);
    try (RunLock lock = RunLock.acquire(runDir)) {
      prepareRunDir(runDir, force);
      return start(sc, file, options, runDir, command, jobs, dataCtx);
    }
  }

  private Result start(LoadedScenario sc, Path file, RunOptions options, Path runDir, String command,
      int jobs, DataContext dataCtx) {
    ObjectNode runInfo = Json.MAPPER.createObjectNode();
    runInfo.put("scenarioFile", file.toAbsolutePath().normalize().toString());
    runInfo.set("scenario", sc.tree());
    ArrayNode vs = runInfo.putArray("variants");
    options.variants().forEach(vs::add);
    ArrayNode seeds = runInfo.putArray("seeds");
    options.seeds().forEach(seeds::add);
    runInfo.put("command", command);
    runInfo.put("jobs", jobs);
    runInfo.put(BlasThreads.KEY, BlasThreads.current());
    runInfo.put("scenarioSha256", sha256(file));
    writeJson(runDir.resolve("checkpoint/run.json"), runInfo);
    writeJson(runDir.resolve("checkpoint/progress.json"), progress(List.of()));
    return execute(sc, dataCtx, runDir, runInfo, false);
  }

  /** Continues the run in {@code runDir} from its last checkpoint. */
  public Result resume(Path runDir) {
    Path info = runDir.resolve("checkpoint/run.json");
    if (!Files.exists(info)) {
      throw new InputException(runDir.toString(), "not a run directory (no checkpoint/run.json)");
    }
    ObjectNode runInfo = (ObjectNode) Json.readFile(info);
    BlasThreads.checkResume(runDir, runInfo, BlasThreads.current());
    Path file = Path.of(runInfo.get("scenarioFile").asText());
    List<String> variants = new ArrayList<>();
    runInfo.get("variants").forEach(v -> variants.add(v.asText()));
    List<Long> seeds = new ArrayList<>();
    runInfo.path("seeds").forEach(s -> seeds.add(s.asLong()));
    DataContext dataCtx = new FileDataContext(file);
    LoadedScenario sc = loader.load(file, runInfo.get("scenario"),
        new RunOptions(null, variants, List.of(), false, seeds), dataCtx);
    try (RunLock lock = RunLock.acquire(runDir)) {
      return execute(sc, dataCtx, runDir, runInfo, true);
    }
  }

  private Result execute(LoadedScenario sc, DataContext dataCtx, Path runDir, ObjectNode runInfo,
      boolean resuming) {
    String command = runInfo.get("command").asText();
    int jobs = Math.max(1, runInfo.path("jobs").asInt(1));
    ObjectNode progress = (ObjectNode) Json.readFile(runDir.resolve("checkpoint/progress.json"));
    List<String> completed = new ArrayList<>();
    progress.get("completed").forEach(c -> completed.add(c.asText()));
    MetricsLog log = new MetricsLog(runDir, sc.variants().stream().map(Variant::name).toList());
    curves = new CurveLog(runDir, sc.variants().stream().map(Variant::name).toList());
    ObjectNode provenance = provenance(sc, runInfo, resuming);
    Instant started = Instant.now();
    try {
      List<Variant> todo = new ArrayList<>();
      Map<String, StateMap> restored = new HashMap<>();
      Map<String, Integer> keep = new HashMap<>();
      for (Variant v : sc.variants()) {
        if (completed.contains(v.name())) {
          continue;
        }
        todo.add(v);
        Path ckpt = checkpointOf(runDir, v.name());
        if (resuming && Files.exists(ckpt)) {
          StateMap state = CheckpointFile.read(ckpt);
          restored.put(v.name(), state);
          keep.put(v.name(), (int) state.longs("run/rows")[0]);
        } else {
          keep.put(v.name(), 0);
        }
      }
      log.open(keep);
      curves.open();
      writeJson(runDir.resolve("provenance.json"), provenance);
      for (Variant v : todo) {
        data(v, dataCtx); // loaded once, before any thread starts
      }
      boolean finished = jobs == 1 || todo.size() <= 1
          ? runSequentially(todo, dataCtx, runDir, log, restored, completed, sc, command, provenance)
          : runInParallel(todo, jobs, dataCtx, runDir, log, restored, completed);
      if (!finished) {
        provenance.put("status", "interrupted");
        writeJson(runDir.resolve("provenance.json"), provenance);
        writeOutputs(sc, runDir, log, command, provenance);
        console.info((stopRequested.get() ? "interrupted" : "stopped after tick " + stopAfterTick)
            + "; continue with: " + resumeCommand(runDir));
        return new Result(runDir, false, finals(log.rows()));
      }
      List<MetricRow> finals = ranked(finals(log.rows()), sc.base().rankBy());
      if (sc.variants().size() > 1) {
        console.comparison(finals);
      }
      console.acrossSeeds(SeedStatistics.of(finals(log.rows()), sc.base().rankBy()));
      console.pairedWith(sc.base().baseline(),
          SeedStatistics.pairedWith(sc.base().baseline(), finals(log.rows()), sc.base().rankBy()));
      provenance.put("status", "finished");
      provenance.put("finished", Instant.now().toString());
      provenance.put("wallSeconds", (Instant.now().toEpochMilli() - started.toEpochMilli()) / 1000.0);
      peakRssMib().ifPresent(m -> provenance.put("peakRssMiB", m));
      writeJson(runDir.resolve("provenance.json"), provenance);
      writeOutputs(sc, runDir, log, command, provenance);
      console.info("run directory: " + runDir);
      return new Result(runDir, true, finals);
    } catch (IOException e) {
      throw new RunFailedException("cannot write to " + runDir + ": " + e.getMessage(), e);
    }
  }

  private boolean runSequentially(List<Variant> todo, DataContext dataCtx, Path runDir, MetricsLog log,
      Map<String, StateMap> restored, List<String> completed, LoadedScenario sc, String command,
      ObjectNode provenance) throws IOException {
    for (Variant v : todo) {
      Simulation sim = simulation(v, dataCtx, runDir, log, restored.get(v.name()));
      long start = startTick(sim, restored.get(v.name()), v.name());
      long total = sim.timeline().totalTicks();
      console.startProgress(v.name(), start, total, sim.batchCapacity());
      reportStartUp();
      long end;
      try {
        end = run(sim, start, total, t -> console.progress(t + 1, start));
      } finally {
        console.endProgress();
      }
      if (end < total) {
        checkpoint(sim, checkpointOf(runDir, v.name()), end, log);
        return false;
      }
      markCompleted(v, completed, runDir);
      writeOutputs(sc, runDir, log, command, provenance);
    }
    return true;
  }

  /**
   * Runs {@code jobs} variants at a time, each on its own thread with its own simulation;
   * the outputs do not depend on which finishes first.
   */
  private boolean runInParallel(List<Variant> todo, int jobs, DataContext dataCtx, Path runDir,
      MetricsLog log, Map<String, StateMap> restored, List<String> completed) throws IOException {
    Map<String, long[]> ticks = new java.util.concurrent.ConcurrentHashMap<>(); // done, total
    long[] startDone = new long[1];
    List<Simulation> sims = new ArrayList<>();
    for (Variant v : todo) {
      Simulation sim = simulation(v, dataCtx, runDir, log, restored.get(v.name()));
      long start = startTick(sim, restored.get(v.name()), v.name());
      ticks.put(v.name(), new long[] {start, sim.timeline().totalTicks()});
      startDone[0] += start;
      sims.add(sim);
    }
    long total = ticks.values().stream().mapToLong(t -> t[1]).sum();
    console.startProgress(todo.size() + " variants x" + jobs, startDone[0], total, sims.get(0).batchCapacity());
    reportStartUp();
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(jobs);
    List<java.util.concurrent.Future<Boolean>> results = new ArrayList<>();
    for (Simulation sim : sims) {
      results.add(pool.submit(() -> {
        long[] t = ticks.get(sim.variant());
        long end = run(sim, t[0], t[1], tick -> {
          t[0] = tick + 1;
          long done = ticks.values().stream().mapToLong(x -> x[0]).sum();
          console.progress(done, startDone[0]);
        });
        if (end < t[1]) {
          checkpoint(sim, checkpointOf(runDir, sim.variant()), end, log);
          return false;
        }
        synchronized (completed) {
          markCompleted(variantNamed(todo, sim.variant()), completed, runDir);
        }
        return true;
      }));
    }
    pool.shutdown();
    boolean all = true;
    RuntimeException failure = null;
    for (java.util.concurrent.Future<Boolean> f : results) {
      try {
        all &= f.get();
      } catch (java.util.concurrent.ExecutionException e) {
        requestStop(); // let the other variants checkpoint and stop
        if (failure == null) {
          failure = e.getCause() instanceof RuntimeException re ? re
              : new RunFailedException(e.getCause().getMessage(), e.getCause());
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        requestStop();
        all = false;
      }
    }
    console.endProgress();
    if (failure != null) {
      throw failure;
    }
    return all;
  }

  /** The process's peak resident memory (VmHWM) in MiB, where /proc says it. */
  public static java.util.OptionalLong peakRssMib() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
        if (line.startsWith("VmHWM:")) {
          return java.util.OptionalLong.of(Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024);
        }
      }
    } catch (IOException | RuntimeException e) {
      // Not Linux: no figure.
    }
    return java.util.OptionalLong.empty();
  }

  /** Says, once per process, how long the command took to reach its first tick. */
  private void reportStartUp() {
    if (startUpReported) {
      return;
    }
    startUpReported = true;
    ProcessHandle.current().info().startInstant().ifPresent(t -> console.info(String.format(
        java.util.Locale.ROOT, "first tick %.2f s after the command started",
        (System.currentTimeMillis() - t.toEpochMilli()) / 1000.0)));
  }

  private static Variant variantNamed(List<Variant> vs, String name) {
    return vs.stream().filter(v -> v.name().equals(name)).findFirst().orElseThrow();
  }

  private Simulation simulation(Variant v, DataContext dataCtx, Path runDir, MetricsLog log,
      StateMap restored) throws IOException {
    Data data = data(v, dataCtx);
    Path ckpt = checkpointOf(runDir, v.name());
    long[] epochs = new long[1];
    Simulation sim = new Simulation(v.name(), v.scenario(), data,
        row -> {
          try {
            log.append(row);
          } catch (IOException e) {
            throw new OutputFailedException(e);
          }
          console.row(row, epochs[0]);
        },
        (s, tick) -> checkpoint(s, ckpt, tick + 1, log));
    epochs[0] = sim.timeline().epochs();
    if (restored != null) {
      sim.restoreState(restored);
    }
    CurveLog curveLog = curves;
    sim.onCurve(c -> {
      try {
        curveLog.put(v.name(), c);
      } catch (IOException e) {
        throw new OutputFailedException(e);
      }
    });
    return sim;
  }

  private long startTick(Simulation sim, StateMap restored, String variant) {
    if (restored == null) {
      return 0;
    }
    long start = restored.longs("run/nextTick")[0];
    sim.skipTo(start);
    console.info("resuming variant '" + variant + "' at tick " + start);
    return start;
  }

  /**
   * Runs a simulation from {@code start} to {@code total}, or until a stop is requested or
   * the stop tick passed; failures say which variant.
   */
  private long run(Simulation sim, long start, long total, java.util.function.LongConsumer afterTick)
      throws IOException {
    try {
      long end = stopAfterTick < total - 1 ? Math.max(start, stopAfterTick + 1) : total;
      return sim.run(end, stopRequested::get, afterTick);
    } catch (OutputFailedException e) {
      throw e.getCause();
    } catch (RuntimeException e) {
      VariantFailure f = VariantFailure.of(sim.variant(), e);
      throw new RunFailedException(f.line() + f.debugHint(System.getenv("PLASTICITY_DEBUG") != null), e);
    }
  }

  private void markCompleted(Variant v, List<String> completed, Path runDir) {
    completed.add(v.name());
    List<String> inOrder = new ArrayList<>(completed);
    writeJson(runDir.resolve("checkpoint/progress.json"), progress(inOrder));
  }

  private static void checkpoint(Simulation sim, Path file, long nextTick, MetricsLog log) {
    try {
      StateMap state = sim.saveState();
      state.putLongs("run/nextTick", new long[] {nextTick});
      state.putLongs("run/rows", new long[] {log.count(sim.variant())});
      CheckpointFile.write(file, state);
    } catch (IOException e) {
      throw new OutputFailedException(e);
    }
  }

  private synchronized Data data(Variant v, DataContext ctx) throws IOException {
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

  private static ObjectNode progress(List<String> completed) {
    ObjectNode p = Json.MAPPER.createObjectNode();
    ArrayNode c = p.putArray("completed");
    completed.forEach(c::add);
    return p;
  }

  private void writeOutputs(LoadedScenario sc, Path runDir, MetricsLog log, String command,
      ObjectNode provenance) throws IOException {
    List<MetricRow> rows = log.rows();
    List<MetricRow> finals = ranked(finals(rows), sc.base().rankBy());
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
    if (sc.base().rankBy() != null) {
      summary.put("rankedBy", sc.base().rankBy());
      ArrayNode ranking = summary.putArray("ranking");
      finals.forEach(f -> ranking.add(f.variant()));
    }
    List<SeedStatistics.Row> overSeeds = SeedStatistics.of(finals(rows), sc.base().rankBy());
    if (!overSeeds.isEmpty()) {
      summary.set("acrossSeeds", acrossSeeds(overSeeds));
      AtomicFiles.write(runDir.resolve("seeds.csv"), SeedStatistics.csv(overSeeds));
    }
    String baseline = sc.base().baseline();
    List<SeedStatistics.Row> paired = SeedStatistics.pairedWith(baseline, finals(rows), sc.base().rankBy());
    if (!paired.isEmpty()) {
      ObjectNode p = summary.putObject("pairedWith");
      p.put("baseline", baseline);
      p.set("variants", acrossSeeds(paired));
      AtomicFiles.write(runDir.resolve("paired.csv"), SeedStatistics.csv(paired));
    }
    writeJson(runDir.resolve("summary.json"), summary);
    AtomicFiles.write(runDir.resolve("final.csv"), FinalTable.csv(finals));
    List<String> plots = new ArrayList<>(Plots.write(runDir, rows));
    plots.addAll(curves.write(runDir));
    Report.write(runDir, sc.base().name(), sc.base().description(), finals, overSeeds, baseline, paired,
        plots, command,
        Json.MAPPER.writeValueAsString(provenance));
  }

  /** summary.json's "acrossSeeds": per variant (in ranking order), its replicates and each metric's spread. */
  private static ObjectNode acrossSeeds(List<SeedStatistics.Row> rows) {
    ObjectNode o = Json.MAPPER.createObjectNode();
    for (SeedStatistics.Row r : rows) {
      ObjectNode v = o.putObject(r.variant());
      ArrayNode reps = v.putArray("replicates");
      r.replicates().forEach(reps::add);
      ObjectNode ms = v.putObject("metrics");
      r.metrics().forEach((name, s) -> {
        ObjectNode m = ms.putObject(name);
        m.put("n", s.n());
        m.put("mean", s.mean());
        m.put("std", s.std());
        m.put("min", s.min());
        m.put("max", s.max());
      });
    }
    return o;
  }

  /** The final rows sorted by {@code metric}, largest first (missing values last); as is when null. */
  static List<MetricRow> ranked(List<MetricRow> finals, String metric) {
    if (metric == null) {
      return finals;
    }
    return finals.stream()
        .sorted(java.util.Comparator.comparingDouble((MetricRow r) -> {
          Double v = r.values().get(metric);
          return v == null || v.isNaN() ? Double.NEGATIVE_INFINITY : v;
        }).reversed())
        .toList();
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
    p.put(BlasThreads.KEY, BlasThreads.current());
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
            + resumeCommand(runDir) + " (or pass --force to start over, or choose another --out)");
      }
      Files.createDirectories(runDir.resolve("checkpoint"));
      Files.deleteIfExists(runDir.resolve("metrics.jsonl"));
      Files.deleteIfExists(runDir.resolve("metrics.csv"));
      Files.deleteIfExists(runDir.resolve("curves.jsonl"));
      Files.deleteIfExists(runDir.resolve("seeds.csv")); // a --force run without --seeds has none
      Files.deleteIfExists(runDir.resolve("paired.csv"));
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

  /** The command line that continues the run in {@code runDir}. */
  private static String resumeCommand(Path runDir) {
    return ShellCommand.plasticity(List.of("resume", runDir.toString()));
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
