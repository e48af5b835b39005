/** An example plugin: backprop through a noisy copy of the forward weights. */
module org.example.noisytransport {
  requires dev.plasticity.api;

  // The runtime builds the component records from JSON through their public constructors:
  // exporting the package is what it needs (no 'opens': nothing private is reached).
  exports org.example.noisytransport;

  provides dev.plasticity.api.spi.Plugin with
      org.example.noisytransport.NoisyTransportPlugin;
}
