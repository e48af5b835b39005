package dev.plasticity.bptt;

import dev.plasticity.testkit.MockRuntime;
import dev.plasticity.testkit.Resumption;

/** Resuming a temporal run on the mocked runtime from what a checkpoint keeps. */
final class Checkpoints {
  private Checkpoints() {}

  /**
   * The schedule run for {@code ticks} ticks straight through, and stopped after
   * {@code stop} and resumed, end with the same parameters and metrics.
   */
  static void assertResumesExactly(Temporal cfg, long stop, long ticks, Object label) {
    Resumption.assertExact(() -> MockRuntime.builder().present(false).train(false).seed(5).build()
        .install(cfg), stop, ticks, label);
  }
}
