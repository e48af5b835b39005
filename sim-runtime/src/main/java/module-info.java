/**
 * The Plasticity runtime: engine and scheduler, scenario loading and validation, plugin
 * discovery and Guice wiring, data sets, outputs and the {@code plasticity} command.
 */
module dev.plasticity.runtime {
  requires dev.plasticity.api;
  requires com.fasterxml.jackson.databind;
  requires com.google.guice;
  requires info.picocli;
  requires org.knowm.xchart;
  requires java.desktop;
  requires org.apache.commons.compress;
  requires org.slf4j;
  requires jdk.unsupported; // sun.misc.Signal: which signal stopped a run
  // export writes Parquet through parquet-java; Hadoop's classes are needed to compile
  // against its builders only, never at run time.
  requires dev.plasticity.parquet;
  requires static hadoop.common;

  exports dev.plasticity.runtime.cli;
  exports dev.plasticity.runtime.config;
  exports dev.plasticity.runtime.engine;
  exports dev.plasticity.runtime.plugins;
  exports dev.plasticity.runtime.scenario;

  // Guice injects, picocli reflects on commands, the binder reflects on records.
  opens dev.plasticity.runtime.cli to com.google.guice, info.picocli;
  opens dev.plasticity.runtime.engine to com.google.guice;
  opens dev.plasticity.runtime.plugins to com.google.guice;
  opens dev.plasticity.runtime.config to com.google.guice;
  opens dev.plasticity.runtime.output to com.google.guice;
  opens dev.plasticity.runtime.scenario;
  opens dev.plasticity.runtime.core;
  opens dev.plasticity.runtime.data;

  // plasticity sweep reads and writes run directories' files and Parquet as run and export do.
  exports dev.plasticity.runtime.output to dev.plasticity.sweep;
  exports dev.plasticity.runtime.export to dev.plasticity.sweep;

  uses dev.plasticity.api.spi.Plugin;
  // Commands of modules beside the runtime (sweep), added to plasticity's.
  uses dev.plasticity.runtime.cli.CommandProvider;

  provides dev.plasticity.api.spi.Plugin with
      dev.plasticity.runtime.core.CorePlugin;
  // The testkit's contract checks a plugin as start-up does.
  provides dev.plasticity.api.spi.PluginChecker with
      dev.plasticity.runtime.plugins.RuntimePluginChecker;
  // The testkit's Fixtures build records as a scenario's values are built.
  provides dev.plasticity.api.spi.RecordBinder with
      dev.plasticity.runtime.plugins.RuntimeRecordBinder;
}
