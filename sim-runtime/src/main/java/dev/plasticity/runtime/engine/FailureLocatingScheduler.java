package dev.plasticity.runtime.engine;

import dev.plasticity.api.sim.Event;
import dev.plasticity.api.sim.EventHandle;
import dev.plasticity.api.sim.Phase;
import dev.plasticity.api.sim.Scheduler;

/**
 * The scheduler components see: the engine's queue, with every event wrapped so that an
 * exception escaping it names the event, its phase and the tick
 * ({@link EventFailedException}). The engine's own events (closing a metrics row, the
 * epoch-end checkpoint) go to the queue directly: their failures are the run's, not a
 * component's.
 */
final class FailureLocatingScheduler implements Scheduler {
  private final Scheduler queue;

  FailureLocatingScheduler(Scheduler queue) {
    this.queue = queue;
  }

  @Override
  public EventHandle at(long tick, Phase phase, int order, String name, Event event) {
    return queue.at(tick, phase, order, name, located(phase, name, event));
  }

  @Override
  public EventHandle every(long first, long period, Phase phase, int order, String name, Event event) {
    return queue.every(first, period, phase, order, name, located(phase, name, event));
  }

  @Override
  public EventHandle after(long delay, Phase phase, int order, String name, Event event) {
    return queue.after(delay, phase, order, name, located(phase, name, event));
  }

  @Override
  public long now() {
    return queue.now();
  }

  private static Event located(Phase phase, String name, Event event) {
    return tick -> {
      try {
        event.fire(tick);
      } catch (EventFailedException | OutputFailedException e) {
        throw e; // located already, or the run's own outputs failing inside a component's call
      } catch (RuntimeException e) {
        throw new EventFailedException(tick, phase, name, e);
      }
    };
  }
}
