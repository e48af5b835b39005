package dev.plasticity.api.sim;

/** A component that takes part in a run by scheduling events. */
public interface Installable {
  /** Called once before the run starts: schedule events, register parameters and state. */
  void install(SimContext ctx);
}
