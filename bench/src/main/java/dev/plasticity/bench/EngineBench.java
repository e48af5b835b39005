package dev.plasticity.bench;

import dev.plasticity.api.sim.EventQueue;
import dev.plasticity.api.sim.Phase;

import dev.plasticity.runtime.engine.Simulation;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

/**
 * The engine on its own: (1) events dispatched per second by the scheduler with cheap
 * events in every phase; (2) the share of a canonical training step spent outside the
 * events (scheduling, dispatch, bookkeeping), measured as wall time minus time inside
 * events.
 *
 * <p>Usage: EngineBench [scenario.json] [ticks]
 */
public final class EngineBench {
  private EngineBench() {}

  public static void main(String[] args) throws Exception {
    Path file = Path.of(args.length > 0 ? args[0] : "scenarios/alignment/bp-fashion-mnist.json");
    int ticks = args.length > 1 ? Integer.parseInt(args[1]) : 500;
    double[] rates = new double[5];
    for (int r = 0; r < rates.length + 1; r++) {
      double rate = eventsPerSecond(8, 2_000_000);
      if (r > 0) {
        rates[r - 1] = rate;
      }
    }
    Arrays.sort(rates);
    System.out.printf(Locale.ROOT, "scheduler: %.1f million events/s (median of %d; 8 repeating events per tick)%n",
        rates[rates.length / 2] / 1e6, rates.length);

    Simulation sim = BenchScenario.load(file, java.util.List.of());
    sim.run(100, () -> false, t -> {}); // warm-up
    double[] shares = new double[5];
    for (int r = 0; r < shares.length; r++) {
      EventQueue q = sim.queue();
      long inside0 = q.nanosInEvents();
      q.profile(true);
      long start = q.nextTick();
      long t0 = System.nanoTime();
      sim.run(start + ticks / shares.length, () -> false, t -> {});
      long wall = System.nanoTime() - t0;
      q.profile(false);
      long inside = q.nanosInEvents() - inside0;
      shares[r] = (double) (wall - inside) / wall;
    }
    Arrays.sort(shares);
    System.out.printf(Locale.ROOT, "canonical step (%s): %.3f %% of the time outside events (median of %d)%n",
        sim.scenario().name(), 100 * shares[shares.length / 2], shares.length);
  }

  /** Dispatch rate with {@code perTick} no-op repeating events spread over the phases. */
  static double eventsPerSecond(int perTick, long events) {
    EventQueue q = new EventQueue();
    long[] sink = new long[1];
    for (int i = 0; i < perTick; i++) {
      Phase p = Phase.values()[i % Phase.values().length];
      q.every(0, 1, p, i, "noop" + i, t -> sink[0] += t);
    }
    long t0 = System.nanoTime();
    long fired = q.runUntil(events / perTick);
    long ns = System.nanoTime() - t0;
    if (sink[0] == 42) {
      System.out.print("");
    }
    return fired / (ns / 1e9);
  }
}
