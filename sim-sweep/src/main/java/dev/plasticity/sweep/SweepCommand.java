package dev.plasticity.sweep;

import dev.plasticity.runtime.cli.DefaultRunDirectory;
import dev.plasticity.runtime.cli.RuntimeServices;
import dev.plasticity.runtime.config.InputException;
import dev.plasticity.runtime.output.ShellCommand;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code plasticity sweep SCENARIO}: every point x seed of the scenario's sweep section, merged. */
@Command(name = "sweep",
    description = "Run every point x seed of a scenario's sweep section as a task and merge them (docs/sweeps.md).")
final class SweepCommand implements Callable<Integer> {
  @Option(names = {"-h", "--help"}, usageHelp = true, description = "show this help and exit")
  boolean help;

  @Parameters(index = "0", paramLabel = "SCENARIO", description = "a scenario JSON file with a sweep section")
  Path scenario;

  @Option(names = "--out", paramLabel = "DIR", description = "sweep directory (default: runs/<scenario>-sweep-<time>)")
  Path out;

  @Option(names = "--jobs", paramLabel = "N", defaultValue = "1",
      description = "run N tasks at a time (default ${DEFAULT-VALUE}), each on its own thread")
  int jobs;

  @Option(names = "--smoke", description = "apply the scenario's \"smoke\" changes (they may change the sweep too)")
  boolean smoke;

  @Option(names = "--force", description = "start over in a directory that holds a sweep")
  boolean force;

  private final RuntimeServices services;

  SweepCommand(RuntimeServices services) {
    this.services = services;
  }

  @Override
  public Integer call() {
    if (jobs < 1) {
      throw new InputException("--jobs", "must be >= 1, got " + jobs);
    }
    List<String> cmd = new ArrayList<>(List.of("sweep", scenario.toString()));
    if (smoke) {
      cmd.add("--smoke");
    }
    if (jobs != 1) {
      cmd.addAll(List.of("--jobs", Integer.toString(jobs)));
    }
    String stem = scenario.getFileName().toString().replaceFirst("\\.json$", "");
    Path dir = out != null ? out : DefaultRunDirectory.create(Path.of("runs"), stem + "-sweep", LocalDateTime.now());
    try {
      return new Sweeper(services).sweep(scenario, smoke, dir, jobs, force, ShellCommand.plasticity(cmd));
    } catch (InputException e) {
      if (out == null) {
        DefaultRunDirectory.removeIfEmpty(dir);
      }
      throw e;
    }
  }
}
