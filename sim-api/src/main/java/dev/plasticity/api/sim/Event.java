package dev.plasticity.api.sim;

/** What runs when a scheduled event is due; {@code tick} is the current tick. */
@FunctionalInterface
public interface Event {
  void fire(long tick);
}
