/**
 * Sweeps: a scenario's sweep section (axes over dotted paths, seeds, the metric to rank by)
 * run as one task of the engine per point and seed, on an executor, and merged; the
 * {@code plasticity sweep} command, added to the runtime's through its CommandProvider.
 */
module dev.plasticity.sweep {
  requires dev.plasticity.runtime;
  requires com.fasterxml.jackson.databind;
  requires info.picocli;
  requires org.knowm.xchart;
  requires java.desktop;
  requires commons.math3;

  exports dev.plasticity.sweep;
  exports dev.plasticity.sweep.spec;

  // picocli reflects on the command.
  opens dev.plasticity.sweep to info.picocli;

  provides dev.plasticity.runtime.cli.CommandProvider with dev.plasticity.sweep.SweepCommands;
}
