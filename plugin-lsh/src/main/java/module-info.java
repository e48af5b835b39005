/** Locality-sensitive hashing for MIPS and hashed sparse layers (issue 6). */
module dev.plasticity.lsh {
  requires dev.plasticity.api;

  exports dev.plasticity.lsh;

  // The component records are bound reflectively by the runtime.
  opens dev.plasticity.lsh;

  provides dev.plasticity.api.spi.Plugin with
      dev.plasticity.lsh.LshPlugin;
}
