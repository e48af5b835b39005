package dev.plasticity.runtime.cli;

import dev.plasticity.runtime.engine.Runner;
import dev.plasticity.runtime.output.Console;
import com.google.inject.Inject;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code plasticity resume DIR}: continues an interrupted run from its last checkpoint. */
@Command(name = "resume", description = "Continue an interrupted run (or sweep) from its last checkpoint.")
final class ResumeCommand implements Callable<Integer> {
  @Mixin
  HelpOption help = new HelpOption();

  @Parameters(index = "0", paramLabel = "DIR", description = "the run (or sweep) directory")
  Path dir;

  @Mixin
  StopAfterTick stop = new StopAfterTick();

  private final Runner runner;
  private final Console console;
  private final CommandProviders providers;
  private final RuntimeServices services;

  @Inject
  ResumeCommand(Runner runner, Console console, CommandProviders providers, RuntimeServices services) {
    this.runner = runner;
    this.console = console;
    this.providers = providers;
    this.services = services;
  }

  @Override
  public Integer call() {
    // A directory of another module's kind (a sweep's) is resumed by that module.
    for (CommandProvider p : providers.all()) {
      java.util.OptionalInt code = p.resume(dir, services);
      if (code.isPresent()) {
        return code.getAsInt();
      }
    }
    stop.applyTo(runner);
    Runner.Result r = Interrupts.whileRunning(runner, console, () -> runner.resume(dir));
    return RunExitCode.of(r, runner);
  }
}
