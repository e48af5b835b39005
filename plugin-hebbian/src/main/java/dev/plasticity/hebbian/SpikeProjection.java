package dev.plasticity.hebbian;

import dev.plasticity.api.sim.Event;
import dev.plasticity.api.sim.Phase;
import dev.plasticity.api.sim.Scheduler;
import dev.plasticity.api.sim.StateMap;
import dev.plasticity.api.sim.Stateful;

/**
 * Dense synapses from a spike source onto a {@link LifNeurons} population, with one axonal delay
 * of d ticks. The spikes that leave in one tick travel together: one scheduled event per (tick,
 * projection), {@code Scheduler.after(d, FORWARD, ...)}, carrying the spiking sources, not one
 * per synapse or per spike. On arrival each source adds its weights to its targets' conductance
 * and its presynaptic event goes to the plasticity rule; the targets' own spikes come back as
 * postsynaptic events at PLASTICITY of the tick they fire. The batches are pooled: d + 1 of them
 * cover every tick in flight, so a tick allocates nothing here (the scheduler's entry aside).
 * Batches still in flight at a checkpoint are saved and scheduled again on restore.
 */
final class SpikeProjection implements Stateful {
  /** FORWARD order of arrivals: after the target's step (order 0), as Brian2's synapses follow its groups. */
  static final int ARRIVAL_ORDER = 1;

  private final String name;
  private final Scheduler scheduler;
  private final int pre;
  private final int post;
  private final float[] w;
  private final int delay;
  private final LifNeurons target;
  private final PairStdp rule;
  private final Batch[] inFlight;
  private final Event postsynaptic = this::postsynaptic;
  private final String postsynapticName;

  /** The sources that left in one tick, due at {@code arrival}. */
  private final class Batch implements Event {
    final int[] sources;
    int count;
    long arrival = -1;
    boolean pending;

    Batch(int capacity) {
      sources = new int[capacity];
    }

    @Override
    public void fire(long now) {
      arrive(this, now);
    }
  }

  /**
   * @param w the weights, row-major pre × post (a parameter's data, changed in place)
   * @param rule the plasticity acting on arrivals and postsynaptic spikes, or null for fixed weights
   */
  SpikeProjection(String name, Scheduler scheduler, int pre, float[] w, int delay, LifNeurons target, PairStdp rule) {
    if (delay < 0) {
      throw new IllegalArgumentException(name + ": delay must be >= 0 ticks, got " + delay);
    }
    this.name = name;
    this.postsynapticName = name + " postsynaptic";
    this.scheduler = scheduler;
    this.pre = pre;
    this.post = target.size();
    if (w.length != pre * post) {
      throw new IllegalArgumentException(name + ": " + w.length + " weights for " + pre + " x " + post + " synapses");
    }
    this.w = w;
    this.delay = delay;
    this.target = target;
    this.rule = rule;
    this.inFlight = new Batch[delay + 1];
    for (int i = 0; i < inFlight.length; i++) {
      inFlight[i] = new Batch(pre);
    }
  }

  /** Sends the {@code count} sources that spiked at {@code now}; they arrive at now + delay. */
  void send(long now, int[] sources, int count) {
    if (count == 0) {
      return;
    }
    // The batch sent d + 1 ticks ago arrived at the latest in the previous tick: its slot is free.
    Batch b = inFlight[(int) (now % inFlight.length)];
    if (b.pending) {
      throw new IllegalStateException(name + ": a batch due at tick " + b.arrival + " is still in flight at " + now);
    }
    System.arraycopy(sources, 0, b.sources, 0, count);
    b.count = count;
    b.arrival = now + delay;
    b.pending = true;
    scheduler.after(delay, Phase.FORWARD, ARRIVAL_ORDER, name, b);
  }

  private void arrive(Batch b, long now) {
    double[] ge = target.ge;
    for (int s = 0; s < b.count; s++) {
      int i = b.sources[s];
      int base = i * post;
      for (int j = 0; j < post; j++) {
        ge[j] += w[base + j]; // the weight before this arrival's update, as Brian2's on_pre
      }
      if (rule != null) {
        rule.onPre(i, now, w, base, post);
      }
    }
    b.count = 0;
    b.pending = false;
  }

  /** The target spiked in the step of {@code now}: its postsynaptic events reach the rule at PLASTICITY. */
  void targetSpiked() {
    if (rule != null && target.spikedCount > 0) {
      scheduler.after(0, Phase.PLASTICITY, 0, postsynapticName, postsynaptic);
    }
  }

  private void postsynaptic(long now) {
    for (int s = 0; s < target.spikedCount; s++) {
      rule.onPost(target.spiked[s], now, w, pre, post);
    }
  }

  int delayTicks() {
    return delay;
  }

  @Override
  public void saveState(StateMap out) {
    int pending = 0;
    for (Batch b : inFlight) {
      pending += b.pending ? 1 : 0;
    }
    long[] arrivals = new long[pending];
    int[] counts = new int[pending];
    int total = 0;
    int k = 0;
    for (Batch b : inFlight) {
      if (b.pending) {
        arrivals[k] = b.arrival;
        counts[k++] = b.count;
        total += b.count;
      }
    }
    int[] sources = new int[total];
    int at = 0;
    for (Batch b : inFlight) {
      if (b.pending) {
        System.arraycopy(b.sources, 0, sources, at, b.count);
        at += b.count;
      }
    }
    out.putLongs("arrivals", arrivals);
    out.putInts("counts", counts);
    out.putInts("sources", sources);
  }

  /**
   * Puts the saved batches back in flight. The runtime restores before it moves the clock to the
   * checkpoint's tick, and every saved arrival lies at or after it, so {@code at} accepts them.
   */
  @Override
  public void restoreState(StateMap in) {
    for (Batch b : inFlight) {
      b.pending = false;
      b.count = 0;
    }
    long[] arrivals = in.longs("arrivals");
    int[] counts = in.ints("counts");
    int[] sources = in.ints("sources");
    int at = 0;
    for (int k = 0; k < arrivals.length; k++) {
      long sent = arrivals[k] - delay;
      Batch b = inFlight[(int) (sent % inFlight.length)];
      System.arraycopy(sources, at, b.sources, 0, counts[k]);
      at += counts[k];
      b.count = counts[k];
      b.arrival = arrivals[k];
      b.pending = true;
      scheduler.at(arrivals[k], Phase.FORWARD, ARRIVAL_ORDER, name, b);
    }
  }
}
