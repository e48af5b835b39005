package dev.plasticity.api.sim;

/** A scheduled event that may still be cancelled. */
public interface EventHandle {
  /** Stops the event from firing again; cancelling twice is harmless. */
  void cancel();

  boolean isCancelled();

  /** The tick at which it fires next (for a repeating event, advances after each firing). */
  long nextTick();
}
