package dev.plasticity.sweep;

import dev.plasticity.runtime.cli.RuntimeServices;
import dev.plasticity.runtime.engine.Runner;
import dev.plasticity.runtime.output.Console;
import dev.plasticity.runtime.output.ShellCommand;
import dev.plasticity.runtime.scenario.RunOptions;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A task as a run of the engine: the runtime's {@link Runner} runs the point's scenario into
 * {@code tasks/<id>/} (metrics, checkpoint at every epoch end, provenance, report, as any
 * run), or resumes it there from its checkpoint. Each attempt has a runner of its own (a
 * runner holds one run's state) and writes what it says to {@code logs/<id>.log}, so that
 * tasks side by side do not interleave on the console.
 */
final class EngineTaskWork implements TaskWork {
  private final RuntimeServices services;
  private final Path scenarioFile;
  private final Path sweepDir;
  private final Map<String, Runner> running = new ConcurrentHashMap<>();
  private volatile boolean stopped;

  EngineTaskWork(RuntimeServices services, Path scenarioFile, Path sweepDir) {
    this.services = services;
    this.scenarioFile = scenarioFile;
    this.sweepDir = sweepDir;
  }

  static Path taskDir(Path sweepDir, String id) {
    return sweepDir.resolve("tasks").resolve(id);
  }

  @Override
  public TaskOutcome attempt(SweepTask task, int attempt) {
    Path dir = taskDir(sweepDir, task.id());
    Path log = sweepDir.resolve("logs").resolve(task.id() + ".log");
    try {
      Files.createDirectories(log.getParent());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    try (PrintStream out = new PrintStream(Files.newOutputStream(log, StandardOpenOption.CREATE,
        StandardOpenOption.APPEND), true, StandardCharsets.UTF_8)) {
      out.println("attempt " + attempt + " of task " + task.id());
      Runner runner = services.newRunner(new Console(out, out, false));
      running.put(task.id(), runner);
      if (stopped) {
        runner.requestStop();
      }
      try {
        Runner.Result r = Files.exists(dir.resolve("checkpoint/run.json"))
            ? runner.resume(dir)
            : runner.run(scenarioFile, task.tree(), RunOptions.NONE, dir, true,
                ShellCommand.plasticity(List.of("sweep", scenarioFile.toString())) + " # task " + task.id(), 1);
        if (!r.failures().isEmpty()) {
          return new TaskOutcome(task.id(), TaskOutcome.State.FAILED, attempt, r.failures().get(0).line());
        }
        return new TaskOutcome(task.id(), r.finished() ? TaskOutcome.State.FINISHED : TaskOutcome.State.STOPPED,
            attempt, null);
      } catch (dev.plasticity.runtime.config.InputException e) {
        e.lines().forEach(out::println);
        throw e;
      } catch (RuntimeException e) {
        out.println("error: " + e);
        throw e;
      } finally {
        running.remove(task.id());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void stop() {
    stopped = true;
    running.values().forEach(Runner::requestStop);
  }

}
