/** Temporal credit assignment: BPTT, RTRL, UORO, attention memory (issue 7). */
module dev.plasticity.bptt {
  requires dev.plasticity.api;

  exports dev.plasticity.bptt;

  // The component records are bound reflectively by the runtime.
  opens dev.plasticity.bptt;

  provides dev.plasticity.api.spi.Plugin with
      dev.plasticity.bptt.BpttPlugin;
}
