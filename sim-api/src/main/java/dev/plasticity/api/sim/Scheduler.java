package dev.plasticity.api.sim;

/**
 * Schedules events on the runtime's clock. Events act on whole populations and
 * projections; the scheduler is a priority queue on (tick, phase, order, id), and ticks
 * with nothing due are skipped rather than stepped.
 */
public interface Scheduler {
  /** Fires once at {@code tick}, which must not lie in the past. */
  EventHandle at(long tick, Phase phase, int order, String name, Event event);

  /** Fires at {@code first}, then every {@code period} ticks until cancelled. */
  EventHandle every(long first, long period, Phase phase, int order, String name, Event event);

  /**
   * Delivers after a delay: fires once at now + {@code delay}. With delay 0 and a later
   * phase than the current one it fires within the current tick.
   */
  EventHandle after(long delay, Phase phase, int order, String name, Event event);

  /** The current tick. */
  long now();
}
