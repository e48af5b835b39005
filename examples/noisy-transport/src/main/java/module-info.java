/** An example plugin: backprop through a noisy copy of the forward weights. */
module org.example.noisytransport {
  requires dev.plasticity.api;

  exports org.example.noisytransport;

  // The runtime builds the component records from JSON reflectively.
  opens org.example.noisytransport;

  provides dev.plasticity.api.spi.Plugin with
      org.example.noisytransport.NoisyTransportPlugin;
}
