package dev.plasticity.bench;

import dev.plasticity.api.data.Data;
import dev.plasticity.runtime.config.Binder;
import dev.plasticity.runtime.engine.FileDataContext;
import dev.plasticity.runtime.engine.Simulation;
import dev.plasticity.runtime.plugins.PluginLoader;
import dev.plasticity.runtime.scenario.LoadedScenario;
import dev.plasticity.runtime.scenario.RunOptions;
import dev.plasticity.runtime.scenario.ScenarioLoader;
import dev.plasticity.runtime.scenario.Variant;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** Builds one variant of a scenario as a bare simulation (no outputs) for the benchmarks. */
final class BenchScenario {
  private BenchScenario() {}

  /** The first variant, with {@code path=value} settings. */
  static Simulation load(Path file, List<String> sets) throws IOException {
    return load(file, sets, List.of());
  }

  /** The variant named {@code variant}. */
  static Simulation load(Path file, String variant) throws IOException {
    return load(file, List.of(), List.of(variant));
  }

  /**
   * The named variants, in that order, each its own simulation; variants whose data are the
   * same share one loaded copy (Fashion-MNIST is 200 MB as floats).
   */
  static List<Simulation> loadAll(Path file, List<String> variants) throws IOException {
    ScenarioLoader loader = new ScenarioLoader(new Binder(PluginLoader.discover()));
    FileDataContext dataCtx = new FileDataContext(file);
    LoadedScenario sc = loader.load(file, new RunOptions(null, variants, List.of()), dataCtx);
    java.util.Map<String, Data> loaded = new java.util.HashMap<>();
    List<Simulation> sims = new java.util.ArrayList<>();
    for (Variant v : sc.variants()) {
      Data data = loaded.get(v.tree().get("data").toString());
      if (data == null) {
        data = v.scenario().data().load(dataCtx);
        loaded.put(v.tree().get("data").toString(), data);
      }
      sims.add(new Simulation(v.name(), v.scenario(), data, row -> {}, (s, t) -> {}));
    }
    sims.sort(java.util.Comparator.comparingInt(s -> variants.indexOf(s.variant())));
    return sims;
  }

  private static Simulation load(Path file, List<String> sets, List<String> variants) throws IOException {
    ScenarioLoader loader = new ScenarioLoader(new Binder(PluginLoader.discover()));
    FileDataContext dataCtx = new FileDataContext(file);
    LoadedScenario sc = loader.load(file, new RunOptions(null, variants, sets), dataCtx);
    Variant v = sc.variants().get(0);
    Data data = v.scenario().data().load(dataCtx);
    return new Simulation(v.name(), v.scenario(), data, row -> {}, (s, t) -> {});
  }
}
