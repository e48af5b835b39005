package dev.plasticity.runtime.cli;

import dev.plasticity.runtime.config.InputException;
import dev.plasticity.runtime.engine.Runner;
import picocli.CommandLine.Option;

/** {@code --stop-after-tick T} of run and resume: a long run split into sittings. */
final class StopAfterTick {
  @Option(names = "--stop-after-tick", paramLabel = "TICK",
      description = "stop every variant after this tick and checkpoint, as Ctrl-C would; "
          + "continue with plasticity resume (exit code 0)")
  Long tick;

  /** Hands the tick, if one was given, to the runner. */
  void applyTo(Runner runner) {
    if (tick == null) {
      return;
    }
    if (tick < 0) {
      throw new InputException("--stop-after-tick", "must be >= 0, got " + tick);
    }
    runner.stopAfterTick(tick);
  }
}
