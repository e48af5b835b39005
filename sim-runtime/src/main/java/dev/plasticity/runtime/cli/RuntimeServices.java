package dev.plasticity.runtime.cli;

import dev.plasticity.runtime.engine.Runner;
import dev.plasticity.runtime.output.Console;
import dev.plasticity.runtime.plugins.TypeRegistry;
import dev.plasticity.runtime.scenario.ScenarioLoader;
import java.util.function.Supplier;

/**
 * What the runtime hands a {@link CommandProvider}'s commands: the plugins' types, the
 * scenario loader over them and the console; a new {@link Runner} for each run they start
 * (a runner holds one run's state), and Ctrl-C handling as run and resume have it.
 */
public record RuntimeServices(TypeRegistry types, ScenarioLoader loader, Console console) {
  /** A runner of its own that reports to {@code console}. */
  public Runner newRunner(Console to) {
    return new Runner(types, loader, to);
  }

  /**
   * Runs {@code work}; Ctrl-C, SIGTERM or SIGHUP meanwhile calls {@code requestStop} (said on
   * the console at once) and lets the JVM exit once {@code work} has returned.
   */
  public <T> T whileRunning(Runnable requestStop, Supplier<T> work) {
    return Interrupts.whileRunning(requestStop, console, work);
  }
}
