/** The fly olfactory circuit: FlyHash and its follow-ups (issue 4). */
module dev.plasticity.olfaction {
  requires dev.plasticity.api;

  exports dev.plasticity.olfaction;

  provides dev.plasticity.api.spi.Plugin with
      dev.plasticity.olfaction.OlfactionPlugin;
}
