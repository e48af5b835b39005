package dev.plasticity.api.sim;

import java.util.PriorityQueue;

/**
 * The discrete-event core shared by the runtime's engine and the testkit's mocked runtime:
 * a priority queue on (tick, phase, order, id). The id is assigned once, when an event is
 * scheduled, and kept by repeating events, so ties always resolve the same way.
 *
 * <p>Firing a repeating event re-inserts the same entry: no allocation per tick.
 */
public final class EventQueue implements Scheduler {
  private final PriorityQueue<Entry> queue = new PriorityQueue<>(EventQueue::compare);
  private long now;
  private long nextId;
  private Phase currentPhase = Phase.INPUT;
  private boolean firing;
  private boolean profiling;
  private long nanosInEvents;

  /** A scheduled event. */
  private final class Entry implements EventHandle {
    final long id;
    final Phase phase;
    final int order;
    final long period;
    final String name;
    final Event event;
    long tick;
    boolean cancelled;

    Entry(long tick, long period, Phase phase, int order, String name, Event event) {
      this.id = nextId++;
      this.tick = tick;
      this.period = period;
      this.phase = phase;
      this.order = order;
      this.name = name;
      this.event = event;
    }

    @Override
    public void cancel() {
      if (!cancelled) {
        cancelled = true;
        queue.remove(this);
      }
    }

    @Override
    public boolean isCancelled() {
      return cancelled;
    }

    @Override
    public long nextTick() {
      return tick;
    }

    @Override
    public String toString() {
      return name + "@" + tick + "/" + phase + "/" + order;
    }
  }

  private static int compare(Entry a, Entry b) {
    int c = Long.compare(a.tick, b.tick);
    if (c != 0) {
      return c;
    }
    c = a.phase.compareTo(b.phase);
    if (c != 0) {
      return c;
    }
    c = Integer.compare(a.order, b.order);
    return c != 0 ? c : Long.compare(a.id, b.id);
  }

  @Override
  public EventHandle at(long tick, Phase phase, int order, String name, Event event) {
    return add(tick, 0, phase, order, name, event);
  }

  @Override
  public EventHandle every(
      long first, long period, Phase phase, int order, String name, Event event) {
    if (period <= 0) {
      throw new IllegalArgumentException(name + ": period must be positive, got " + period);
    }
    return add(first, period, phase, order, name, event);
  }

  @Override
  public EventHandle after(long delay, Phase phase, int order, String name, Event event) {
    if (delay < 0) {
      throw new IllegalArgumentException(name + ": delay must be >= 0, got " + delay);
    }
    return add(now + delay, 0, phase, order, name, event);
  }

  private Entry add(long tick, long period, Phase phase, int order, String name, Event event) {
    if (tick < now || (firing && tick == now && phase.compareTo(currentPhase) < 0)) {
      throw new IllegalArgumentException(
          name + ": cannot schedule at tick " + tick + " " + phase + ", now is " + now + " "
              + currentPhase);
    }
    Entry e = new Entry(tick, period, phase, order, name, event);
    queue.add(e);
    return e;
  }

  @Override
  public long now() {
    return now;
  }

  /** The phase of the event firing now (or of the last one fired). */
  public Phase currentPhase() {
    return currentPhase;
  }

  /** The tick of the next due event, or {@link Long#MAX_VALUE} when nothing is scheduled. */
  public long nextTick() {
    Entry e = queue.peek();
    return e == null ? Long.MAX_VALUE : e.tick;
  }

  /**
   * Starts or stops adding up the time spent inside events (two clock reads per event);
   * whatever a run spends outside them is the engine's own cost.
   */
  public void profile(boolean on) {
    profiling = on;
  }

  /** Nanoseconds spent inside events while profiling. */
  public long nanosInEvents() {
    return nanosInEvents;
  }

  public boolean isEmpty() {
    return queue.isEmpty();
  }

  /**
   * Fires every event due before {@code endTick}, in order, skipping idle ticks.
   *
   * @return the number of events fired
   */
  public long runUntil(long endTick) {
    long fired = 0;
    Entry e;
    while ((e = queue.peek()) != null && e.tick < endTick) {
      queue.poll();
      now = e.tick;
      currentPhase = e.phase;
      firing = true;
      long t0 = profiling ? System.nanoTime() : 0;
      try {
        e.event.fire(now);
      } finally {
        firing = false;
        if (profiling) {
          nanosInEvents += System.nanoTime() - t0;
        }
      }
      fired++;
      if (e.period > 0 && !e.cancelled) {
        e.tick += e.period;
        queue.add(e);
      } else {
        e.cancelled = true; // a one-shot event is spent
      }
    }
    if (endTick != Long.MAX_VALUE && endTick > now) {
      now = endTick;
    }
    currentPhase = Phase.INPUT;
    return fired;
  }

  /**
   * Moves the clock to {@code tick} without firing anything: one-shot events before it are
   * dropped and repeating ones advanced to their first firing at or after it. Resuming a
   * checkpoint re-installs every component from tick 0 and then skips here.
   */
  public void skipTo(long tick) {
    if (tick < now) {
      throw new IllegalArgumentException("cannot skip back from " + now + " to " + tick);
    }
    PriorityQueue<Entry> kept = new PriorityQueue<>(EventQueue::compare);
    for (Entry e : queue) {
      if (e.tick >= tick) {
        kept.add(e);
      } else if (e.period > 0) {
        long missed = (tick - e.tick + e.period - 1) / e.period;
        e.tick += missed * e.period;
        kept.add(e);
      } else {
        e.cancelled = true;
      }
    }
    queue.clear();
    queue.addAll(kept);
    now = tick;
  }
}
