package dev.plasticity.runtime.cli;

import dev.plasticity.runtime.config.InputException;
import dev.plasticity.runtime.engine.Runner;
import dev.plasticity.runtime.output.Console;
import dev.plasticity.runtime.output.ShellCommand;
import dev.plasticity.runtime.scenario.RunOptions;
import com.google.inject.Inject;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code plasticity run SCENARIO}: trains and writes a run directory. */
@Command(name = "run", description = "Run a scenario and write its run directory.")
final class RunCommand implements Callable<Integer> {
  @Mixin
  HelpOption help = new HelpOption();

  @Parameters(index = "0", paramLabel = "SCENARIO", description = "the scenario JSON file")
  Path scenario;

  @Option(names = "--out", paramLabel = "DIR", description = "run directory (default: runs/<scenario>-<time>)")
  Path out;

  @Option(names = "--seed", paramLabel = "N", description = "replaces the scenario's seed")
  Long seed;

  @Option(names = "--seeds", split = ",", paramLabel = "SEEDS", hideParamSyntax = true,
      description = "repeat every variant once per seed, e.g. --seeds 1,2,3; summary.json and seeds.csv give mean, std, min, max over the seeds")
  List<Long> seeds = new ArrayList<>();

  @Option(names = "--variant", paramLabel = "NAME", description = "run only this variant (repeatable)")
  List<String> variants = new ArrayList<>();

  @Option(names = "--set", paramLabel = "PATH=VALUE",
      description = "change a value, e.g. --set schedule.epochs=2 (repeatable)")
  List<String> sets = new ArrayList<>();

  @Option(names = "--force", description = "overwrite a run directory that holds a run")
  boolean force;

  @Option(names = "--jobs", paramLabel = "N", defaultValue = "1",
      description = "run N variants at a time (default ${DEFAULT-VALUE}); each on its own thread")
  int jobs;

  @Option(names = "--smoke", description = "apply the scenario's \"smoke\" changes: a seconds-long run")
  boolean smoke;

  @Mixin
  StopAfterTick stop = new StopAfterTick();

  private final Runner runner;
  private final Console console;

  @Inject
  RunCommand(Runner runner, Console console) {
    this.runner = runner;
    this.console = console;
  }

  @Override
  public Integer call() {
    List<String> cmd = new ArrayList<>(List.of("run", scenario.toString()));
    if (seed != null) {
      cmd.addAll(List.of("--seed", seed.toString()));
    }
    if (!seeds.isEmpty()) {
      cmd.addAll(List.of("--seeds", String.join(",", seeds.stream().map(String::valueOf).toList())));
    }
    variants.forEach(v -> cmd.addAll(List.of("--variant", v)));
    sets.forEach(s -> cmd.addAll(List.of("--set", s)));
    if (smoke) {
      cmd.add("--smoke");
    }
    if (jobs != 1) {
      cmd.addAll(List.of("--jobs", Integer.toString(jobs)));
    }
    if (jobs < 1) {
      throw new InputException("--jobs", "must be >= 1, got " + jobs);
    }
    stop.applyTo(runner);
    Path dir = out != null ? out : DefaultRunDirectory.create(Path.of("runs"), stem(scenario), LocalDateTime.now());
    Runner.Result r;
    try {
      // The command recorded for reproduction is the whole run's: no --stop-after-tick.
      r = Interrupts.whileRunning(runner, console,
          () -> runner.run(scenario, new RunOptions(seed, variants, sets, smoke, seeds), dir, force,
              ShellCommand.plasticity(cmd), jobs));
    } catch (InputException e) {
      if (out == null) {
        DefaultRunDirectory.removeIfEmpty(dir);
      }
      throw e;
    }
    return RunExitCode.of(r, runner);
  }

  static String stem(Path p) {
    String n = p.getFileName().toString();
    return n.endsWith(".json") ? n.substring(0, n.length() - 5) : n;
  }
}
