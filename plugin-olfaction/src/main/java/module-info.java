/** The fly olfactory circuit: FlyHash and its follow-ups. */
module dev.plasticity.olfaction {
  requires dev.plasticity.api;

  exports dev.plasticity.olfaction;

  // The component records are bound reflectively by the runtime.
  opens dev.plasticity.olfaction;

  provides dev.plasticity.api.spi.Plugin with
      dev.plasticity.olfaction.OlfactionPlugin;
}
