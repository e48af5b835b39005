package dev.plasticity.runtime.engine;

/**
 * Where one variant of a run stands.
 *
 * @param state finished, interrupted (stopped part-way, resumable), pending (not started)
 *     or failed
 * @param epochsDone whole epochs run
 * @param epochsPlanned epochs its schedule plans, -1 when not known (a run directory of an
 *     older version)
 * @param reason why it failed (see {@link VariantFailure#reason()}); null otherwise
 * @param wallSeconds the time it has run, over every sitting (building it and its ticks;
 *     not the time it waited for a worker)
 */
public record VariantStatus(State state, long epochsDone, long epochsPlanned, String reason, double wallSeconds) {
  /** The states, named in outputs as their lower-case names. */
  public enum State {
    PENDING, INTERRUPTED, FINISHED, FAILED;

    public String label() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /** Whether nothing is left to run of it: finished, or failed (which would only fail again). */
  public boolean settled() {
    return state == State.FINISHED || state == State.FAILED;
  }
}
