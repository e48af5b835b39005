package dev.plasticity.api.sim;

/**
 * A component whose state must survive a checkpoint: momentum buffers, a shuffled order,
 * a running accumulator. Parameters and random streams are saved by the runtime already.
 */
public interface Stateful {
  void saveState(StateMap out);

  void restoreState(StateMap in);
}
