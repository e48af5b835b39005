package dev.plasticity.runtime.engine;

import dev.plasticity.api.sim.Phase;

/**
 * An exception that escaped a scheduled event, with the event's name, phase and tick: a
 * plugin's bare "index out of bounds" says nothing about which rule threw it, the name it
 * was scheduled under does.
 */
final class EventFailedException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final long tick;
  private final Phase phase;
  private final String event;

  EventFailedException(long tick, Phase phase, String event, RuntimeException cause) {
    super("at tick " + tick + " in " + phase + " event '" + event + "': " + cause.getMessage(), cause);
    this.tick = tick;
    this.phase = phase;
    this.event = event;
  }

  /** Where it happened, as a phrase: {@code at tick 5 in FEEDBACK event 'kunin'}. */
  String location() {
    return "at tick " + tick + " in " + phase + " event '" + event + "'";
  }

  long tick() {
    return tick;
  }

  @Override
  public synchronized RuntimeException getCause() {
    return (RuntimeException) super.getCause();
  }
}
