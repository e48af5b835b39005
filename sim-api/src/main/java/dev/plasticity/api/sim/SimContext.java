package dev.plasticity.api.sim;

import dev.plasticity.api.data.Data;
import dev.plasticity.api.learn.Batch;
import dev.plasticity.api.learn.Loss;
import dev.plasticity.api.learn.Optimizer;
import dev.plasticity.api.learn.Parameters;
import dev.plasticity.api.math.Rng;
import dev.plasticity.api.net.Network;

/**
 * All a plugin sees of a running simulation: the clock and scheduler, random streams, the
 * recorder, the network, its parameters, the data and the current batch. The testkit
 * mocks exactly this.
 */
public interface SimContext {
  Scheduler scheduler();

  /** The current tick. */
  default long tick() {
    return scheduler().now();
  }

  Timeline timeline();

  /**
   * The random stream named {@code name}, derived from the scenario seed and the name
   * (the same name always gives the same stream within a run).
   */
  Rng rng(String name);

  Recorder recorder();

  Network network();

  Parameters parameters();

  Data data();

  /** The batch presented this tick. */
  Batch batch();

  /** The scenario's loss, or null when it has no learning section. */
  Loss loss();

  /** The scenario's optimizer, or null when it has no learning section. */
  Optimizer optimizer();

  /** Asks the runtime to save {@code state} in checkpoints under {@code key}. */
  void keepState(String key, Stateful state);
}
