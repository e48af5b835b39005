package dev.plasticity.sweep;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.plasticity.runtime.cli.RuntimeServices;
import dev.plasticity.runtime.config.InputException;
import dev.plasticity.runtime.engine.FileDataContext;
import dev.plasticity.runtime.engine.RunLock;
import dev.plasticity.runtime.output.AtomicFiles;
import dev.plasticity.runtime.output.Console;
import dev.plasticity.runtime.output.ShellCommand;
import dev.plasticity.runtime.scenario.Json;
import dev.plasticity.runtime.scenario.LoadedScenario;
import dev.plasticity.runtime.scenario.RunOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The coordinator: lays out a sweep's tasks, has an executor run those not settled yet, and
 * merges the task directories into the sweep's outputs once every task has settled. A resume
 * is the same with the layout read back from {@code sweep.json}; since each task resumes from
 * its own checkpoint and the merge reads only task directories, a killed coordinator resumed
 * ends with the same merged bytes.
 */
public final class Sweeper {
  public static final int OK = 0;
  public static final int FAILED = 1;
  public static final int STOPPED = 130;

  private final RuntimeServices services;
  private final Console console;

  public Sweeper(RuntimeServices services) {
    this.services = services;
    this.console = services.console();
  }

  /** A fresh sweep of {@code file} into {@code dir}; the exit code. */
  public int sweep(Path file, boolean smoke, Path dir, int jobs, boolean force, String command) {
    LoadedScenario sc = services.loader().load(file, new RunOptions(null, List.of(), List.of(), smoke),
        new FileDataContext(file));
    SweepPlan plan = SweepPlan.of(sc, services.loader());
    refuseForeign(dir, force);
    ObjectNode info = Json.MAPPER.createObjectNode();
    info.put("scenarioFile", file.toAbsolutePath().normalize().toString());
    info.put("smoke", smoke);
    info.put("jobs", jobs);
    info.put("command", command);
    ObjectNode tree = ((ObjectNode) sc.tree()).deepCopy();
    tree.set("sweep", sc.sweep()); // the section as it ran (smoke applied), for resume to lay out the same tasks
    info.set("scenario", tree);
    try (RunLock lock = RunLock.acquire(dir)) {
      if (force) {
        startOver(dir);
      }
      SweepState.write(dir, info);
      return execute(dir, plan, file, jobs, command);
    }
  }

  /** Continues the sweep in {@code dir}: settled tasks are skipped, the others resume from their checkpoints. */
  public int resume(Path dir) {
    ObjectNode info = SweepState.read(dir);
    Path file = Path.of(info.get("scenarioFile").asText());
    LoadedScenario sc = services.loader().load(file, info.get("scenario"), RunOptions.NONE, new FileDataContext(file));
    SweepPlan plan = SweepPlan.of(sc, services.loader());
    try (RunLock lock = RunLock.acquire(dir)) {
      return execute(dir, plan, file, info.path("jobs").asInt(1), info.path("command").asText());
    }
  }

  private int execute(Path dir, SweepPlan plan, Path file, int jobs, String command) {
    Map<String, TaskOutcome> before = SweepState.settledBefore(dir);
    List<SweepTask> todo = plan.tasks().stream().filter(t -> !before.containsKey(t.id())).toList();
    int total = plan.tasks().size();
    console.info(String.format(Locale.ROOT, "sweep %s: %d points x %d seeds = %d tasks%s, %d at a time; in %s",
        plan.name(), plan.points().size(), plan.spec().seeds().size(), total,
        before.isEmpty() ? "" : " (" + before.size() + " settled in an earlier sitting)", jobs, dir));
    before.values().stream().filter(o -> o.state() == TaskOutcome.State.FAILED).forEach(o -> console.info(
        "skipping task " + o.id() + ": it failed in an earlier sitting (" + o.reason() + ")"));
    LocalExecutor executor = new LocalExecutor(jobs, plan.spec().retries());
    EngineTaskWork work = new EngineTaskWork(services, file, dir);
    AtomicInteger done = new AtomicInteger(before.size());
    long started = System.nanoTime();
    int startedWith = before.size();
    List<TaskOutcome> ran = services.whileRunning(executor::requestStop, () -> executor.run(todo, work, o -> {
      if (o.settled()) {
        SweepState.settled(dir, o);
        int n = done.incrementAndGet();
        double secs = (System.nanoTime() - started) / 1e9;
        double eta = secs / (n - startedWith) * (total - n);
        console.info(String.format(Locale.ROOT, "[%d/%d] task %s %s%s, eta %s", n, total, o.id(),
            o.state() == TaskOutcome.State.FINISHED ? "finished" : "FAILED: " + o.reason(),
            o.attempts() > 1 ? " after " + o.attempts() + " attempts" : "", eta(eta)));
      }
    }));
    List<TaskOutcome> all = new ArrayList<>();
    Map<String, TaskOutcome> byId = new java.util.HashMap<>(before);
    ran.forEach(o -> byId.put(o.id(), o));
    plan.tasks().forEach(t -> all.add(byId.get(t.id())));
    String resume = ShellCommand.plasticity(List.of("resume", dir.toString()));
    if (all.stream().anyMatch(o -> !o.settled())) {
      console.info("interrupted: " + all.stream().filter(TaskOutcome::settled).count() + " of " + total
          + " tasks settled; continue with: " + resume);
      return STOPPED;
    }
    List<TaskOutcome> failed = all.stream().filter(o -> o.state() == TaskOutcome.State.FAILED).toList();
    try {
      merge(dir, plan, all, failed, command);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    failed.forEach(f -> console.error("task " + f.id() + " failed: " + f.reason()));
    console.info("sweep directory: " + dir);
    return failed.isEmpty() ? OK : FAILED;
  }

  private void merge(Path dir, SweepPlan plan, List<TaskOutcome> all, List<TaskOutcome> failed, String command)
      throws IOException {
    List<MergedRows.Row> rows = MergedRows.of(dir, plan, all);
    MergedRows.writeJsonl(dir.resolve("metrics.jsonl"), rows);
    List<String> columns = MergedRows.columns(plan, rows);
    MergedRows.writeCsv(dir.resolve("metrics.csv"), columns, rows);
    SweepParquet.write(dir.resolve("results.parquet"), plan, columns, rows);
    Ranking ranking = Ranking.of(plan, rows, all);
    AtomicFiles.write(dir.resolve("ranked.csv"), ranking.csv(plan.spec().columns()));
    List<String> lines = ranking.lines(plan.spec().columns());
    console.info("ranked by " + ranking.metric() + " (mean ± sd over seeds " + plan.spec().seeds() + "):");
    lines.forEach(console::info);
    List<String> plots = SweepPlots.write(dir, plan, ranking);
    String status = failed.isEmpty() ? "finished" : "finished, " + failed.size() + " task(s) failed";
    SweepReport.write(dir, plan, status, lines, failed, plots, command);
    ObjectNode summary = Json.MAPPER.createObjectNode();
    summary.put("sweep", plan.name());
    summary.put("status", failed.isEmpty() ? "finished" : "failed");
    summary.put("tasks", all.size());
    summary.put("rankBy", ranking.metric());
    ArrayNode f = summary.putArray("failed");
    failed.forEach(o -> f.addObject().put("task", o.id()).put("reason", o.reason()));
    ArrayNode r = summary.putArray("ranking");
    for (Ranking.Entry e : ranking.entries()) {
      ObjectNode o = r.addObject();
      o.put("point", e.point().index());
      o.put("settings", SweepPlan.describe(e.point()));
      o.put("seeds", e.n());
      if (e.n() > 0) {
        o.put("mean", e.mean());
      }
      if (!Double.isNaN(e.sd())) {
        o.put("sd", e.sd());
      }
    }
    SweepState.writeJson(dir.resolve("summary.json"), summary);
  }

  /** A directory with files that is no sweep's is refused (it may be anything); a sweep's too, unless --force. */
  private static void refuseForeign(Path dir, boolean force) {
    if (!Files.isDirectory(dir) || force) {
      return;
    }
    try (var entries = Files.list(dir)) {
      if (entries.findAny().isEmpty()) {
        return;
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    throw new InputException("--out " + dir, SweepState.isSweep(dir)
        ? "holds a sweep already; continue it with plasticity resume " + dir + ", or start over with --force"
        : "holds files and no sweep; name another directory, or --force to write into it");
  }

  /** --force: an earlier sweep's tasks and statuses go, or resume would take them for this sweep's. */
  private static void startOver(Path dir) {
    for (String sub : List.of("status", "tasks", "logs", "plots")) {
      Path p = dir.resolve(sub);
      if (!Files.exists(p)) {
        continue;
      }
      try (var walk = Files.walk(p)) {
        for (Path f : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
          Files.delete(f);
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  private static String eta(double secs) {
    if (Double.isNaN(secs) || Double.isInfinite(secs)) {
      return "?";
    }
    long s = Math.round(secs);
    return s < 60 ? s + "s" : s < 3600 ? s / 60 + "m" + String.format(Locale.ROOT, "%02d", s % 60) + "s"
        : s / 3600 + "h" + String.format(Locale.ROOT, "%02d", (s % 3600) / 60) + "m";
  }
}
