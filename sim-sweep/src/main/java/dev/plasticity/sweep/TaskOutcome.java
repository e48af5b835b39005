package dev.plasticity.sweep;

/**
 * How a task stands at the end of a sitting.
 *
 * @param attempts how many times this sitting tried it
 * @param reason why it failed; null otherwise
 */
public record TaskOutcome(String id, State state, int attempts, String reason) {
  public enum State {
    /** Ran to its end; its rows are merged. */
    FINISHED,
    /** Failed for good: a variant failure of the engine (it would recur), or every attempt threw. */
    FAILED,
    /** Stopped by Ctrl-C (checkpointed) or never started: resume continues it. */
    STOPPED
  }

  public boolean settled() {
    return state != State.STOPPED;
  }
}
