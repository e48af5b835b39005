package dev.plasticity.runtime.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.plasticity.api.data.Data;
import dev.plasticity.api.data.DataContext;
import dev.plasticity.api.data.DataFile;
import dev.plasticity.api.math.Linalg;
import dev.plasticity.api.sim.StateMap;
import dev.plasticity.api.sim.Timeline;
import dev.plasticity.api.spi.Plugin;
import dev.plasticity.runtime.config.InputException;
import dev.plasticity.runtime.output.AtomicFiles;
import dev.plasticity.runtime.output.ConfigTable;
import dev.plasticity.runtime.output.CurveLog;
import dev.plasticity.runtime.output.FinalTable;
import dev.plasticity.runtime.output.Console;
import dev.plasticity.runtime.output.MetricsLog;
import dev.plasticity.runtime.output.Plots;
import dev.plasticity.runtime.output.Report;
import dev.plasticity.runtime.output.SeedStatistics;
import dev.plasticity.runtime.data.Sha256;
import dev.plasticity.runtime.output.ShellCommand;
import dev.plasticity.runtime.output.Summary;
import dev.plasticity.runtime.provenance.BuildInfo;
import dev.plasticity.runtime.provenance.CodeOrigin;
import dev.plasticity.runtime.provenance.ScenarioCopy;
import dev.plasticity.runtime.plugins.TypeRegistry;
import dev.plasticity.runtime.scenario.Json;
import dev.plasticity.runtime.scenario.LoadedScenario;
import dev.plasticity.runtime.scenario.RankByWarning;
import dev.plasticity.runtime.scenario.RunOptions;
import dev.plasticity.runtime.scenario.ScenarioLoader;
import dev.plasticity.runtime.scenario.SeededName;
import dev.plasticity.runtime.scenario.Variant;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.ToLongFunction;

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
  private volatile CurveLog curves; // the curves of the run being executed

  public Runner(TypeRegistry types, ScenarioLoader loader, Console console) {
    this.types = types;
    this.loader = loader;
    this.console = console;
  }

  /** Asks a running scenario to checkpoint and stop after the current tick. */
  public void requestStop() {
    stopRequested.set(true);
  }

  /** Whether {@link #requestStop} was called (Ctrl-C). */
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

  /**
   * Outcome of a run: where it went, whether every variant finished or failed (nothing is
   * left to run), and the variants that failed, in this sitting or an earlier one.
   */
  public record Result(Path runDir, boolean finished, List<VariantFailure> failures) {}

  /** Starts a fresh run of {@code file} into {@code runDir}, {@code jobs} variants at a time. */
  public Result run(Path file, RunOptions options, Path runDir, boolean force, String command, int jobs) {
    return run(file, Json.readFile(file), options, runDir, force, command, jobs);
  }

  /**
   * Starts a fresh run of the scenario {@code tree}, read from (or made from) {@code file},
   * against whose directory its data paths resolve: a sweep's task runs its point's tree.
   */
  public Result run(Path file, JsonNode tree, RunOptions options, Path runDir, boolean force, String command,
      int jobs) {
    FileDataContext dataCtx = new FileDataContext(file);
    LoadedScenario sc = loader.load(file, tree, options, dataCtx);
    if (sc.sweep() != null) {
      console.info("the scenario has a sweep section, which run leaves alone (it runs the scenario as written);"
          + " plasticity sweep " + file + " runs its points");
    }
    RunDirectory.refuseForeign(runDir, force);
    try (RunLock lock = RunLock.acquire(runDir)) {
      RunDirectory.prepare(runDir, force);
      return start(sc, file, options, runDir, command, jobs, dataCtx);
    }
  }

  private Result start(LoadedScenario sc, Path file, RunOptions options, Path runDir, String command,
      int jobs, FileDataContext dataCtx) {
    ObjectNode runInfo = Json.MAPPER.createObjectNode();
    runInfo.put("scenarioFile", file.toAbsolutePath().normalize().toString());
    runInfo.set("scenario", sc.tree());
    ArrayNode vs = runInfo.putArray("variants");
    options.variants().forEach(vs::add);
    ArrayNode seeds = runInfo.putArray("seeds");
    options.seeds().forEach(seeds::add);
    runInfo.put("smoke", options.smoke()); // applied in "scenario"; scenario.json is written without it
    runInfo.put("command", command);
    runInfo.put("reproduce", ShellCommand.reproduce(runDir.resolve(ScenarioCopy.FILE), BlasThreads.current()));
    runInfo.put("jobs", jobs);
    runInfo.put(BlasThreads.KEY, BlasThreads.current());
    ObjectNode builds = runInfo.putObject(PluginBuilds.KEY);
    PluginBuilds.of(types.plugins()).forEach(builds::put);
    runInfo.put("scenarioSha256", scenarioSha256(file));
    writeJson(runDir.resolve("checkpoint/run.json"), runInfo);
    RunProgress progress = RunProgress.fresh(progressFile(runDir), names(sc));
    return execute(sc, dataCtx, runDir, runInfo, progress, false);
  }

  /** Continues the run in {@code runDir} from its last checkpoint. */
  public Result resume(Path runDir) {
    Path info = runDir.resolve("checkpoint/run.json");
    if (!Files.exists(info)) {
      throw new InputException(runDir.toString(), "not a run directory (no checkpoint/run.json)");
    }
    ObjectNode runInfo = (ObjectNode) Json.readFile(info);
    BlasThreads.checkResume(runDir, runInfo, BlasThreads.current());
    Map<String, String> builds = new LinkedHashMap<>();
    runInfo.path(PluginBuilds.KEY).fields().forEachRemaining(e -> builds.put(e.getKey(), e.getValue().asText()));
    PluginBuilds.changes(builds, PluginBuilds.of(types.plugins())).forEach(w -> console.info("warning: " + w));
    Path file = Path.of(runInfo.get("scenarioFile").asText());
    List<String> variants = new ArrayList<>();
    runInfo.get("variants").forEach(v -> variants.add(v.asText()));
    List<Long> seeds = new ArrayList<>();
    runInfo.path("seeds").forEach(s -> seeds.add(s.asLong()));
    FileDataContext dataCtx = new FileDataContext(file);
    LoadedScenario sc = loader.load(file, runInfo.get("scenario"),
        new RunOptions(null, variants, List.of(), false, seeds), dataCtx);
    try (RunLock lock = RunLock.acquire(runDir)) {
      RunProgress progress = RunProgress.read(progressFile(runDir), names(sc));
      if (progress.settled() && endWasRecorded(runDir)) {
        return alreadyFinished(runDir, progress);
      }
      return execute(sc, dataCtx, runDir, runInfo, progress, true);
    }
  }

  /**
   * Whether provenance.json records the run's end: if not, the process was killed between
   * its last variant and its outputs, and resuming writes them.
   */
  private static boolean endWasRecorded(Path runDir) {
    Path provenance = runDir.resolve("provenance.json");
    if (!Files.exists(provenance)) {
      return false;
    }
    String status = Json.readFile(provenance).path("status").asText();
    return status.equals(RunStatus.FINISHED) || status.equals(RunStatus.FAILED);
  }

  /** Resuming a run that has nothing left to run says so and touches nothing. */
  private Result alreadyFinished(Path runDir, RunProgress progress) {
    List<VariantFailure> failures = progress.failures(Map.of());
    failures.forEach(f -> console.info("variant '" + f.variant() + "' " + VariantFailure.failed(f.reason())
        + " in an earlier sitting; it would fail the same way again"));
    console.info(runDir + ": already finished" + (failures.isEmpty() ? "" : " (" + failures.size() + " variant"
        + (failures.size() == 1 ? "" : "s") + " failed)") + "; nothing to do");
    return new Result(runDir, true, failures);
  }

  /** What one sitting of a run (a run, or a resume) works with. */
  private record Sitting(LoadedScenario sc, FileDataContext dataCtx, Path runDir, MetricsLog log, RunProgress progress,
      String command, ObjectNode provenance, Map<String, VariantFailure> failures) {}

  private Result execute(LoadedScenario sc, FileDataContext dataCtx, Path runDir, ObjectNode runInfo,
      RunProgress progress, boolean resuming) {
    int jobs = Math.max(1, runInfo.path("jobs").asInt(1));
    Map<String, Long> seeds = new LinkedHashMap<>();
    sc.variants().forEach(v -> seeds.put(v.name(), v.scenario().seed()));
    Sitting s = new Sitting(sc, dataCtx, runDir, new MetricsLog(runDir, seeds), progress,
        reproduceCommand(runInfo), provenance(sc, runInfo, resuming), new ConcurrentHashMap<>());
    curves = new CurveLog(runDir, names(sc));
    console.variantNames(names(sc));
    Instant started = Instant.now();
    try {
      List<Variant> todo = new ArrayList<>();
      Map<String, StateMap> restored = new HashMap<>();
      Map<String, Integer> keep = new HashMap<>();
      for (Variant v : sc.variants()) {
        VariantStatus status = progress.of(v.name());
        if (status.state() == VariantStatus.State.FAILED) {
          console.info("skipping variant '" + v.name() + "': it failed in an earlier sitting (" + status.reason()
              + "); it would fail the same way again");
        }
        if (status.settled()) {
          continue;
        }
        todo.add(v);
        Path ckpt = RunDirectory.checkpointOf(runDir, v.name());
        if (resuming && Files.exists(ckpt)) {
          StateMap state = CheckpointFile.read(ckpt);
          restored.put(v.name(), state);
          keep.put(v.name(), (int) state.longs("run/rows")[0]);
        } else {
          keep.put(v.name(), 0);
        }
      }
      s.log().open(keep);
      curves.open();
      writeJson(runDir.resolve("provenance.json"), s.provenance());
      Map<String, Timeline> plans = preflight(s, todo);
      writeScenarioCopy(s, runInfo);
      todo.removeIf(v -> !plans.containsKey(v.name()));
      ArrayNode dataFiles = s.provenance().putArray("dataFiles"); // every file the data sources read, once
      dataCache.values().stream().flatMap(d -> d.files().stream()).distinct().sorted(Comparator.comparing(DataFile::file))
          .forEach(f -> dataFiles.addObject().put("file", f.file()).put("sha256", f.sha256()));
      if (jobs == 1 || todo.size() <= 1) {
        runSequentially(s, todo, restored);
      } else {
        runInParallel(s, todo, jobs, restored, plans);
      }
      return conclude(s, started);
    } catch (IOException | OutputFailedException e) {
      String why = "cannot write to " + runDir + ": " + e.getMessage();
      recordFailedRun(s, why);
      throw new RunFailedException(why, e);
    } catch (InputException e) {
      recordFailedRun(s, String.join("; ", e.lines()));
      throw e;
    } catch (RuntimeException | Error e) {
      recordFailedRun(s, e.toString());
      throw e;
    }
  }

  /**
   * Builds every variant about to run once, before any of them runs, and notes what each
   * plans: bad input that shows only once a network exists (a component refusing it at
   * install) then stops the run before anything trains, and exits as bad input. A variant
   * whose building fails otherwise fails alone; the others run. The simulations are not
   * kept: a long sweep would hold every network at once.
   *
   * @return the timeline of every variant that built
   */
  private Map<String, Timeline> preflight(Sitting s, List<Variant> todo) {
    Map<String, Timeline> plans = new HashMap<>();
    for (Variant v : todo) {
      Data data = data(v, s.dataCtx()); // loaded once, before any thread starts
      try {
        Simulation sim = new Simulation(v.name(), v.scenario(), data, row -> {}, (x, t) -> {});
        plans.put(v.name(), sim.timeline());
        s.progress().planned(v.name(), sim.timeline().epochs());
      } catch (InputException e) {
        // Named as the loader names a variant's problems; a scenario without variants has one.
        throw SeededName.variant(v.name()).equals(Variant.DEFAULT) ? e
            : new InputException("variant '" + v.name() + "'", e.lines());
      } catch (RuntimeException e) {
        fail(s, v.name(), e, null);
      }
    }
    return plans;
  }

  /**
   * Writes scenario.json once per run, after the data sources have resolved their paths
   * (preflight loads every variant's data): a resume of a run killed before it had one
   * writes it from what run.json recorded.
   */
  private static void writeScenarioCopy(Sitting s, ObjectNode runInfo) {
    Path copy = s.runDir().resolve(ScenarioCopy.FILE);
    if (Files.exists(copy)) {
      return;
    }
    List<String> variants = new ArrayList<>();
    runInfo.path("variants").forEach(v -> variants.add(v.asText()));
    RunOptions asRun = new RunOptions(null, variants, List.of(), runInfo.path("smoke").asBoolean(false));
    writeJson(copy, ScenarioCopy.of(runInfo.get("scenario"), asRun, s.dataCtx().relativePathsResolved()));
  }

  /** The command that reproduces the run from its scenario.json; a run from before it had one, its command. */
  private static String reproduceCommand(ObjectNode runInfo) {
    return runInfo.path("reproduce").asText(runInfo.get("command").asText());
  }

  /** Writes the outputs and provenance of the sitting's end and says how the run stands. */
  private Result conclude(Sitting s, Instant started) throws IOException {
    Path runDir = s.runDir();
    s.log().settle();
    RunStatus status = s.progress().status(false, resumeCommand(runDir));
    List<VariantFailure> failures = s.progress().failures(s.failures());
    ObjectNode provenance = s.provenance();
    provenance.put("status", status.status());
    if (!failures.isEmpty()) {
      ArrayNode lines = provenance.putArray("failures");
      failures.forEach(f -> lines.add(f.line()));
    }
    if (status.isFinal()) {
      provenance.put("finished", Instant.now().toString());
      provenance.put("wallSeconds", (Instant.now().toEpochMilli() - started.toEpochMilli()) / 1000.0);
      peakRssMib().ifPresent(m -> provenance.put("peakRssMiB", m));
    }
    writeJson(runDir.resolve("provenance.json"), provenance);
    writeOutputs(s, status);
    if (!status.isFinal()) {
      console.info((stopRequested.get() ? "interrupted" : "stopped after tick " + stopAfterTick)
          + "; continue with: " + resumeCommand(runDir));
      return new Result(runDir, false, failures);
    }
    LoadedScenario sc = s.sc();
    List<MetricRow> finals = succeeded(finals(s.log().rows()), status);
    if (sc.variants().size() > 1) {
      console.comparison(ranked(finals, sc.base().rankBy()), failures);
    }
    console.acrossSeeds(SeedStatistics.of(finals, sc.base().rankBy()));
    console.pairedWith(sc.base().baseline(),
        SeedStatistics.pairedWith(sc.base().baseline(), finals, sc.base().rankBy()));
    RankByWarning.of(sc.base().rankBy(), MetricRow.columns(finals)).ifPresent(console::info);
    SeedStatistics.missingBaseline(sc.base().baseline(), finals).ifPresent(console::info);
    console.info("run directory: " + runDir);
    return new Result(runDir, true, failures);
  }

  /**
   * After a failure that ends the whole run (bad input, the run directory unwritable):
   * provenance.json says so, as far as it can still be written.
   */
  private void recordFailedRun(Sitting s, String why) {
    try {
      s.provenance().put("status", RunStatus.FAILED);
      s.provenance().put("error", why);
      AtomicFiles.write(s.runDir().resolve("provenance.json"), Json.MAPPER.writeValueAsString(s.provenance()) + "\n");
    } catch (IOException | RuntimeException e) {
      // The failure being reported is what matters; it is reported by the caller.
    }
  }

  private void runSequentially(Sitting s, List<Variant> todo, Map<String, StateMap> restored) throws IOException {
    for (Variant v : todo) {
      StateMap state = restored.get(v.name());
      boolean settled = guarded(s, v, state, sim -> {
        long start = startTick(sim, state, v.name());
        console.startProgress(v.name(), start, sim.timeline().totalTicks(), sim.batchCapacity());
        reportStartUp();
        try {
          return sim.run(endTick(start, sim.timeline().totalTicks()), stopRequested::get,
              t -> console.progress(t + 1, start));
        } finally {
          console.endProgress();
        }
      });
      if (!settled) {
        return;
      }
      writeOutputs(s, s.progress().status(true, resumeCommand(s.runDir())));
    }
  }

  /**
   * Runs {@code jobs} variants at a time, each on its own thread with its own simulation;
   * the outputs do not depend on which finishes first.
   */
  private void runInParallel(Sitting s, List<Variant> todo, int jobs, Map<String, StateMap> restored,
      Map<String, Timeline> plans) throws IOException {
    ParallelProgress ticks = new ParallelProgress(console::progress);
    for (Variant v : todo) {
      StateMap state = restored.get(v.name());
      ticks.add(v.name(), state == null ? 0 : state.longs("run/nextTick")[0], plans.get(v.name()).totalTicks());
    }
    Variant first = todo.get(0);
    console.startProgress(todo.size() + " variants x" + jobs, ticks.doneAtStart(), ticks.total(),
        first.scenario().schedule().batchCapacity(data(first, s.dataCtx())));
    reportStartUp();
    ExecutorService pool = Executors.newFixedThreadPool(jobs);
    List<Future<Boolean>> results = new ArrayList<>();
    for (Variant v : todo) {
      StateMap state = restored.get(v.name());
      long total = plans.get(v.name()).totalTicks();
      results.add(pool.submit(() -> {
        boolean settled = guarded(s, v, state, sim -> {
          long start = startTick(sim, state, v.name());
          return sim.run(endTick(start, total), stopRequested::get, tick -> ticks.advance(v.name(), tick + 1));
        });
        if (settled) {
          ticks.settled(v.name()); // a failed variant's remaining ticks are not waited for
        }
        return settled;
      }));
    }
    pool.shutdown();
    Throwable fatal = null;
    for (Future<Boolean> f : results) {
      try {
        f.get();
      } catch (ExecutionException e) {
        requestStop(); // the run cannot go on: let the other variants checkpoint and stop
        fatal = fatal == null ? e.getCause() : fatal;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        requestStop();
      }
    }
    console.endProgress();
    if (fatal instanceof RuntimeException re) {
      throw re;
    } else if (fatal instanceof Error err) {
      throw err;
    }
  }

  /**
   * Builds {@code v} (from its checkpoint {@code state}, if any) and runs it with
   * {@code body}, which returns the first tick not run; records where it got. Anything it
   * throws fails {@code v} alone, except the run directory becoming unwritable.
   *
   * @return whether {@code v} is settled: finished or failed, not stopped part-way
   */
  private boolean guarded(Sitting s, Variant v, StateMap state, ToLongFunction<Simulation> body) {
    if (stopRequested.get()) {
      return false; // stopped before it started (a variant queued for a worker): it stays pending, with no checkpoint
    }
    s.progress().started(v.name());
    Simulation sim = null;
    try {
      sim = simulation(s, v, state);
      long end = body.applyAsLong(sim);
      long total = sim.timeline().totalTicks();
      if (end < total) {
        checkpoint(sim, RunDirectory.checkpointOf(s.runDir(), v.name()), end, s.log());
        s.progress().interrupted(v.name(), epochsDone(sim.timeline(), end));
        return false;
      }
      s.progress().finished(v.name());
      return true;
    } catch (OutputFailedException e) {
      throw e;
    } catch (RuntimeException e) {
      fail(s, v.name(), e, sim);
      return true;
    }
  }

  /** Records {@code variant}'s failure and says it in one line (with the stack trace under PLASTICITY_DEBUG). */
  private void fail(Sitting s, String variant, RuntimeException e, Simulation sim) {
    VariantFailure f = VariantFailure.of(variant, e);
    s.failures().put(variant, f);
    s.progress().failed(f, sim == null ? 0 : epochsDone(sim.timeline(), sim.queue().now()));
    boolean debugging = System.getenv("PLASTICITY_DEBUG") != null;
    if (debugging) {
      console.stackTrace(e);
    }
    console.error(f.line() + f.debugHint(debugging));
  }

  /** Whole epochs run before {@code tick}: all of them once the timeline's end is reached. */
  private static long epochsDone(Timeline timeline, long tick) {
    return tick >= timeline.totalTicks() ? timeline.epochs() : tick / timeline.ticksPerEpoch();
  }

  /** The tick before which a variant from {@code start} stops: its end, or after the stop tick. */
  private long endTick(long start, long total) {
    return stopAfterTick < total - 1 ? Math.max(start, stopAfterTick + 1) : total;
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

  private Simulation simulation(Sitting s, Variant v, StateMap restored) {
    Data data = data(v, s.dataCtx());
    Path ckpt = RunDirectory.checkpointOf(s.runDir(), v.name());
    MetricsLog log = s.log();
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
        (at, tick) -> checkpoint(at, ckpt, tick + 1, log));
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
    long start = restored == null ? 0 : restored.longs("run/nextTick")[0];
    if (restored != null) {
      sim.skipTo(start);
      console.info(stopAfterTick < start
          ? "variant '" + variant + "' is at tick " + start + " already, past --stop-after-tick " + stopAfterTick
              + ": not run further"
          : "resuming variant '" + variant + "' at tick " + start);
    }
    console.variantStarted(variant, start);
    return start;
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

  private synchronized Data data(Variant v, DataContext ctx) {
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

  private static Path progressFile(Path runDir) {
    return runDir.resolve("checkpoint/progress.json");
  }

  private static List<String> names(LoadedScenario sc) {
    return sc.variants().stream().map(Variant::name).toList();
  }

  /** The final rows of the variants that did not fail: a failed variant's last row is no result. */
  private static List<MetricRow> succeeded(List<MetricRow> finals, RunStatus status) {
    return finals.stream()
        .filter(f -> status.variants().get(f.variant()).state() != VariantStatus.State.FAILED).toList();
  }

  private void writeOutputs(Sitting s, RunStatus status) throws IOException {
    LoadedScenario sc = s.sc();
    Path runDir = s.runDir();
    List<MetricRow> rows = s.log().rows();
    List<MetricRow> succeeded = succeeded(finals(rows), status);
    List<MetricRow> finals = ranked(succeeded, sc.base().rankBy());
    String baseline = sc.base().baseline();
    List<SeedStatistics.Row> overSeeds = SeedStatistics.of(succeeded, sc.base().rankBy());
    List<SeedStatistics.Row> paired = SeedStatistics.pairedWith(baseline, succeeded, sc.base().rankBy());
    if (!overSeeds.isEmpty()) {
      AtomicFiles.write(runDir.resolve("seeds.csv"), SeedStatistics.csv(overSeeds));
    }
    if (!paired.isEmpty()) {
      AtomicFiles.write(runDir.resolve("paired.csv"), SeedStatistics.csv(paired));
    }
    ObjectNode summary = Summary.of(sc.base().name(), sc.base().seed(), status, finals, sc.base().rankBy(),
        overSeeds, baseline, paired);
    writeJson(runDir.resolve("summary.json"), summary);
    AtomicFiles.write(runDir.resolve("final.csv"), FinalTable.csv(finals));
    List<String> plots = new ArrayList<>(Plots.write(runDir, rows));
    plots.addAll(curves.write(runDir));
    Map<String, JsonNode> trees = new LinkedHashMap<>();
    sc.variants().forEach(v -> trees.put(v.name(), v.tree()));
    Report.write(runDir, sc.base().name(), sc.base().description(), finals, overSeeds, baseline, paired,
        plots, ConfigTable.of(trees), s.command(), status, Json.MAPPER.writeValueAsString(s.provenance()));
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
    p.put("reproduce", reproduceCommand(runInfo));
    p.put("scenarioCopy", ScenarioCopy.FILE);
    p.set("build", Json.MAPPER.valueToTree(BuildInfo.current()));
    p.set("runtime", Json.MAPPER.valueToTree(CodeOrigin.of(Runner.class)));
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
      CodeOrigin.of(plugin.getClass()).forEach(o::put); // where from, and which build
    }
    return p;
  }

  /** The command line that continues the run in {@code runDir}. */
  private static String resumeCommand(Path runDir) {
    return ShellCommand.plasticity(List.of("resume", runDir.toString()));
  }

  private static void writeJson(Path file, JsonNode node) {
    try {
      AtomicFiles.write(file, Json.MAPPER.writeValueAsString(node) + "\n");
    } catch (IOException e) {
      throw new OutputFailedException(e);
    }
  }


  private static String scenarioSha256(Path file) {
    try {
      return Sha256.of(file);
    } catch (IOException e) {
      return "unknown";
    }
  }
}
