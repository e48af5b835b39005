package dev.plasticity.bptt;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.plasticity.api.learn.Parameter;
import dev.plasticity.api.sim.StateMap;
import dev.plasticity.testkit.MockRuntime;
import java.util.List;

/** Resuming a temporal run on the mocked runtime from what a checkpoint keeps. */
final class Checkpoints {
  private static final List<String> STREAMS =
      List.of("temporal.init", "temporal.task", "temporal.credit", "temporal.eval");

  private Checkpoints() {}

  /** A runtime with the schedule installed, seeded alike every time. */
  private static MockRuntime runtime(Temporal cfg) {
    MockRuntime rt = MockRuntime.builder().present(false).train(false).seed(5).build();
    return rt.install(cfg);
  }

  /** The same schedule run without a stop, and stopped and resumed. */
  record Runs(MockRuntime whole, MockRuntime resumed) {
    /** Every parameter and every recorded metric is the same, bit for bit. */
    void assertSame(Object label) {
      for (int i = 0; i < whole.parameters().all().size(); i++) {
        Parameter p = whole.parameters().all().get(i);
        assertArrayEquals(p.value().data(), resumed.parameters().all().get(i).value().data(),
            label + ": " + p.name() + " differs after resume");
      }
      for (String metric : whole.recordedNames()) {
        assertEquals(whole.recorded(metric), resumed.recorded(metric),
            label + ": " + metric + " differs after resume");
      }
    }
  }

  /**
   * Runs {@code cfg} for {@code ticks} ticks straight through, and again stopped after
   * {@code stop} ticks and resumed in a fresh runtime from what a checkpoint keeps.
   */
  static Runs wholeAndResumed(Temporal cfg, int stop, int ticks) {
    MockRuntime whole = runtime(cfg);
    whole.runTicks(ticks);
    MockRuntime first = runtime(cfg);
    first.runTicks(stop);
    MockRuntime second = runtime(cfg);
    handOver(first, second);
    second.scheduler().skipTo(stop);
    second.runTicks(ticks - stop);
    return new Runs(whole, second);
  }

  /**
   * Hands over what a checkpoint keeps (parameters with their optimizer slots, random
   * streams, the trainer's state) from one runtime to another.
   */
  private static void handOver(MockRuntime from, MockRuntime to) {
    for (int i = 0; i < from.parameters().all().size(); i++) {
      Parameter a = from.parameters().all().get(i);
      Parameter b = to.parameters().all().get(i);
      System.arraycopy(a.value().data(), 0, b.value().data(), 0, a.value().size());
      b.setUpdates(a.updates());
      a.slots().forEach((k, v) -> System.arraycopy(v, 0, b.slot(k), 0, v.length));
    }
    for (String s : STREAMS) {
      to.context().rng(s).restore(from.context().rng(s).state());
    }
    StateMap state = new StateMap();
    from.keptStates().get("temporal").saveState(state);
    to.keptStates().get("temporal").restoreState(state);
  }
}
