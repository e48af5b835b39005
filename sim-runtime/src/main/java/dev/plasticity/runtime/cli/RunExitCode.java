package dev.plasticity.runtime.cli;

import dev.plasticity.runtime.engine.Runner;

/** The exit code of run and resume once the runner returns. */
final class RunExitCode {
  private RunExitCode() {}

  /**
   * 130 when Ctrl-C stopped the run before its end; otherwise 1 when any variant failed
   * (the others' results are written all the same), 0 when none did: a run finished, or
   * stopped where --stop-after-tick asked.
   */
  static int of(Runner.Result r, Runner runner) {
    if (!r.finished() && runner.stopRequested()) {
      return 130;
    }
    return r.failures().isEmpty() ? Main.OK : Main.FAILED;
  }
}
