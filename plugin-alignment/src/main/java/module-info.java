/**
 * Credit assignment without weight symmetry: backprop and the rules that replace its
 * feedback pathway, with alignment metrics.
 */
module dev.plasticity.alignment {
  requires dev.plasticity.api;

  exports dev.plasticity.alignment;

  // The component records are bound reflectively by the runtime.
  opens dev.plasticity.alignment;

  provides dev.plasticity.api.spi.Plugin with
      dev.plasticity.alignment.AlignmentPlugin;
}
