package dev.plasticity.bptt;

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
  static MockRuntime runtime(Temporal cfg) {
    MockRuntime rt = MockRuntime.builder().present(false).train(false).seed(5).build();
    return rt.install(cfg);
  }

  /**
   * Hands over what a checkpoint keeps (parameters with their optimizer slots, random
   * streams, the trainer's state) from one runtime to another.
   */
  static void handOver(MockRuntime from, MockRuntime to) {
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
