package dev.plasticity.sweep;

/**
 * What an executor does with a task: one attempt at running it to its end, continuing from
 * its checkpoint when an earlier attempt (or sitting) left one. An attempt that throws is
 * tried again by the executor; one that returns has settled the task or was stopped.
 */
public interface TaskWork {
  /** Runs {@code task}; FINISHED, STOPPED (by {@link #stop}), or FAILED with a reason that would recur. */
  TaskOutcome attempt(SweepTask task, int attempt);

  /** Asks every running attempt to checkpoint and stop after its current tick. */
  void stop();
}
