/** Self-organisation without an error signal: Hebbian rules, BCM, assemblies. */
module dev.plasticity.hebbian {
  requires dev.plasticity.api;

  exports dev.plasticity.hebbian;

  // The component records are bound reflectively by the runtime.
  opens dev.plasticity.hebbian;

  provides dev.plasticity.api.spi.Plugin with
      dev.plasticity.hebbian.HebbianPlugin;
}
