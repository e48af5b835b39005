package dev.plasticity.runtime.cli;

import com.google.inject.Inject;
import dev.plasticity.runtime.export.RunExport;
import dev.plasticity.runtime.output.Console;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code plasticity export DIR}: a run's weights for numpy, its metrics for pandas. */
@Command(name = "export", description = {
    "Write a run's parameters as numpy arrays and its metrics as CSV and Parquet.",
    "Per variant, every parameter of its last checkpoint (W is target x source, float32, row-major) goes"
        + " into DIR/export/VARIANT/NAME.npy (or VARIANT.npz); metrics.csv and metrics.parquet hold one row"
        + " per evaluation; manifest.json maps each parameter (in->hidden.W) to its file (in_to_hidden.W.npy)."})
final class ExportCommand implements Callable<Integer> {
  @Mixin
  HelpOption help = new HelpOption();

  @Parameters(index = "0", paramLabel = "DIR", description = "the run directory")
  Path dir;

  @Option(names = "--out", paramLabel = "OUT", description = "where to write (default: DIR/export)")
  Path out;

  @Option(names = "--variant", paramLabel = "NAME",
      description = "export this variant only (repeatable; default: every variant with a checkpoint)")
  List<String> variants = new ArrayList<>();

  @Option(names = "--optimizer-state",
      description = "also export the optimizer's buffers (momentum, Adam moments) as NAME.SLOT arrays")
  boolean optimizerState;

  @Option(names = "--npz", description = "one VARIANT.npz per variant (for numpy.load) instead of .npy files")
  boolean npz;

  private final Console console;

  @Inject
  ExportCommand(Console console) {
    this.console = console;
  }

  @Override
  public Integer call() {
    RunExport.Result r = RunExport.export(dir, new RunExport.Options(out, variants, optimizerState, npz),
        note -> console.info("note: " + note));
    console.info("exported " + r.arrays() + " array" + (r.arrays() == 1 ? "" : "s") + " of " + r.variants()
        + " variant" + (r.variants() == 1 ? "" : "s") + " and " + r.metricRows() + " metric row"
        + (r.metricRows() == 1 ? "" : "s") + " to " + r.out() + " (" + r.out().resolve("manifest.json")
        + " says which file holds what)");
    return Main.OK;
  }
}
