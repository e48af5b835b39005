/**
 * Testing plugins against a mocked runtime: a Mockito-backed {@code SimContext} over a real
 * event queue, seeded fixtures, gradient checks and the contract every component type
 * must pass.
 */
module dev.plasticity.testkit {
  requires transitive dev.plasticity.api;
  requires transitive org.junit.jupiter.api;
  requires transitive org.mockito;

  exports dev.plasticity.testkit;

  // The runtime's checks of a plugin, when the runtime is on the test's path.
  uses dev.plasticity.api.spi.PluginChecker;
  // The runtime's binder, for Fixtures.defaults.
  uses dev.plasticity.api.spi.RecordBinder;
}
