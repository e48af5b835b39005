package dev.plasticity.runtime.cli;

import dev.plasticity.runtime.config.InputException;
import dev.plasticity.runtime.engine.FileDataContext;
import dev.plasticity.runtime.scenario.LoadedScenario;
import dev.plasticity.runtime.scenario.RunOptions;
import dev.plasticity.runtime.scenario.ScenarioLoader;
import com.google.inject.Inject;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code plasticity validate FILE...}: every problem of every file, at once. */
@Command(name = "validate", description = "Check scenarios and report every problem at once.")
final class ValidateCommand implements Callable<Integer> {
  @Mixin
  HelpOption help = new HelpOption();

  @Parameters(arity = "1..*", paramLabel = "SCENARIO", description = "scenario files")
  List<Path> files;

  @Option(names = "--set", paramLabel = "PATH=VALUE", description = "as for run (repeatable)")
  List<String> sets = new ArrayList<>();

  private final ScenarioLoader loader;

  @Inject
  ValidateCommand(ScenarioLoader loader) {
    this.loader = loader;
  }

  @Override
  public Integer call() {
    PrintStream out = System.out;
    PrintStream err = System.err;
    int bad = 0;
    for (Path f : files) {
      try {
        LoadedScenario s = loader.load(f, new RunOptions(null, List.of(), sets, false), new FileDataContext(f));
        out.println("ok: " + f + " (" + s.variants().size() + " variant"
            + (s.variants().size() == 1 ? "" : "s") + ")");
      } catch (InputException e) {
        e.lines().forEach(l -> err.println("error: " + l));
        bad++;
      }
    }
    return bad == 0 ? Main.OK : Main.BAD_INPUT;
  }
}
