package dev.plasticity.testkit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.plasticity.api.learn.Parameter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Whether a component resumes exactly: a run stopped after any tick (Ctrl-C checkpoints
 * there) and continued from what the checkpoint keeps must end where a run never stopped
 * ends. A component that keeps something between ticks outside its parameters, streams
 * and kept states fails this.
 */
public final class Resumption {
  private Resumption() {}

  /** What a resume that differs most likely means, added to every failure. */
  static final String LIKELY_CAUSE =
      "state kept between ticks must be a registered Parameter, a ctx.rng stream or ctx.keepState";

  /**
   * Runs a runtime from {@code fresh} (components installed, seeded alike every time) for
   * {@code ticks} ticks straight through; runs another for {@code stop} ticks, hands its
   * {@link MockRuntime#saveState} to a third, which runs on to {@code ticks}; and asserts
   * that every parameter, and every metric recorded (by the first and the third together),
   * agree with the whole run's bit for bit.
   */
  public static void assertExact(Supplier<MockRuntime> fresh, long stop, long ticks, Object label) {
    assertExact(fresh, new long[] {stop}, ticks, label);
  }

  /**
   * {@link #assertExact(Supplier, long, long, Object)} at each of {@code stops}. One stop can
   * hide lost state: before the state first changes, or right before a tick that replaces it
   * whole (a feedback matrix re-drawn every 7 ticks, stopped at tick 7).
   */
  public static void assertExact(Supplier<MockRuntime> fresh, long[] stops, long ticks, Object label) {
    MockRuntime whole = fresh.get().runTicks(ticks);
    for (long stop : stops) {
      MockRuntime first = fresh.get().runTicks(stop);
      MockRuntime resumed = fresh.get();
      resumed.restoreState(first.saveState());
      resumed.scheduler().skipTo(stop);
      resumed.runTicks(ticks - stop);
      String after = " differs after a stop at tick " + stop + " and resume; " + LIKELY_CAUSE;
      for (int i = 0; i < whole.parameters().all().size(); i++) {
        Parameter p = whole.parameters().all().get(i);
        assertArrayEquals(p.value().data(), resumed.parameters().all().get(i).value().data(),
            label + ": " + p.name() + after);
      }
      for (String metric : whole.recordedNames()) {
        List<Double> split = new ArrayList<>(first.recorded(metric));
        split.addAll(resumed.recorded(metric));
        assertEquals(whole.recorded(metric), split, label + ": " + metric + after);
      }
    }
  }
}
