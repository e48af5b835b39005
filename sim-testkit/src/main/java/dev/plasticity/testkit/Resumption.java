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

  /**
   * Runs a runtime from {@code fresh} (components installed, seeded alike every time) for
   * {@code ticks} ticks straight through; runs another for {@code stop} ticks, hands its
   * {@link MockRuntime#saveState} to a third, which runs on to {@code ticks}; and asserts
   * that every parameter, and every metric recorded (by the first and the third together),
   * agree with the whole run's bit for bit.
   */
  public static void assertExact(Supplier<MockRuntime> fresh, long stop, long ticks, Object label) {
    MockRuntime whole = fresh.get().runTicks(ticks);
    MockRuntime first = fresh.get().runTicks(stop);
    MockRuntime resumed = fresh.get();
    resumed.restoreState(first.saveState());
    resumed.scheduler().skipTo(stop);
    resumed.runTicks(ticks - stop);
    for (int i = 0; i < whole.parameters().all().size(); i++) {
      Parameter p = whole.parameters().all().get(i);
      assertArrayEquals(p.value().data(), resumed.parameters().all().get(i).value().data(),
          label + ": " + p.name() + " differs after a stop at tick " + stop + " and resume");
    }
    for (String metric : whole.recordedNames()) {
      List<Double> split = new ArrayList<>(first.recorded(metric));
      split.addAll(resumed.recorded(metric));
      assertEquals(whole.recorded(metric), split,
          label + ": " + metric + " differs after a stop at tick " + stop + " and resume");
    }
  }
}
