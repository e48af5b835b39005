package dev.plasticity.runtime.cli;

import dev.plasticity.runtime.config.InputException;
import dev.plasticity.runtime.engine.FileDataContext;
import dev.plasticity.runtime.scenario.Json;
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
  private final CommandProviders providers;
  private final RuntimeServices services;

  @Inject
  ValidateCommand(ScenarioLoader loader, CommandProviders providers, RuntimeServices services) {
    this.loader = loader;
    this.providers = providers;
    this.services = services;
  }

  @Override
  public Integer call() {
    PrintStream out = System.out;
    PrintStream err = System.err;
    int bad = 0;
    for (Path f : files) {
      List<String> problems = new ArrayList<>();
      LoadedScenario s = null;
      try {
        s = load(f, false);
      } catch (InputException e) {
        problems.addAll(e.lines());
      }
      // The scenario's smoke changes are part of it too (run --smoke, the test suite): a
      // problem they bring is said at the change ($.smoke["data.trainLimt"]), or, found
      // elsewhere, said to come with them.
      for (String line : smokeProblems(f)) {
        if (!problems.contains(line)) {
          boolean explained = line.contains("$.smoke[") || line.contains("(set by --set ");
          problems.add(explained ? line : line + " (with the smoke changes)");
        }
      }
      if (problems.isEmpty()) {
        out.println("ok: " + f + " (" + s.variants().size() + " variant"
            + (s.variants().size() == 1 ? "" : "s") + ")");
      } else {
        problems.forEach(l -> err.println("error: " + l));
        bad++;
      }
    }
    return bad == 0 ? Main.OK : Main.BAD_INPUT;
  }

  /** Loads {@code f}; the problems of the other modules' sections (a sweep's) are thrown with the loader's. */
  private LoadedScenario load(Path f, boolean smoke) {
    LoadedScenario s = loader.load(f, new RunOptions(null, List.of(), sets, smoke), new FileDataContext(f));
    List<String> theirs = new ArrayList<>();
    providers.all().forEach(p -> theirs.addAll(p.problems(s, services)));
    if (!theirs.isEmpty()) {
      throw new InputException(null, theirs);
    }
    return s;
  }

  /** The problems with the smoke changes; none to look for in a scenario without (run --smoke refuses it). */
  private List<String> smokeProblems(Path f) {
    try {
      if (!ScenarioLoader.hasSmoke(Json.readFile(f))) {
        return List.of();
      }
      load(f, true);
      return List.of();
    } catch (InputException e) {
      return e.lines();
    }
  }
}
