/**
 * The Plasticity API: what a plugin sees of the simulator.
 *
 * <p>Plugins implement {@link dev.plasticity.api.spi.Plugin} and declare it with
 * {@code provides dev.plasticity.api.spi.Plugin with ...}. They program against the
 * {@link dev.plasticity.api.sim.SimContext} only, never against the runtime.
 */
module dev.plasticity.api {
  requires transitive dev.ludovic.netlib.blas;
  requires org.slf4j;

  exports dev.plasticity.api.config;
  exports dev.plasticity.api.data;
  exports dev.plasticity.api.learn;
  exports dev.plasticity.api.math;
  exports dev.plasticity.api.net;
  exports dev.plasticity.api.sim;
  exports dev.plasticity.api.spi;

  // Component records in the API (activations, optimizers, initialisers) are bound
  // reflectively by the runtime's scenario binder.
  opens dev.plasticity.api.learn;
  opens dev.plasticity.api.net;

  uses dev.plasticity.api.spi.Plugin;
}
