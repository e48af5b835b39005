package dev.plasticity.sweep;

import java.util.List;
import java.util.function.Consumer;

/**
 * Where a sweep's tasks run: {@link LocalExecutor} on this machine's cores; a cluster's
 * executor (Spark, a Slurm array) implements the same contract over a shared directory.
 * An executor tries a task that throws up to {@code retries} more times (each attempt
 * continues from the task's checkpoint), reports a task that throws every time as failed
 * and goes on with the others, and does not start tasks once stopped.
 */
public interface SweepExecutor {
  /**
   * Runs {@code tasks} with {@code work}; calls {@code settled} as each task ends (from any
   * thread, one call at a time). Returns the outcomes in the order of {@code tasks}.
   */
  List<TaskOutcome> run(List<SweepTask> tasks, TaskWork work, Consumer<TaskOutcome> settled);

  /** Starts no more tasks and asks the running ones to stop (Ctrl-C). */
  void requestStop();
}
