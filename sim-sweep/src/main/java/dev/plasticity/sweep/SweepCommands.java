package dev.plasticity.sweep;

import dev.plasticity.runtime.cli.CommandProvider;
import dev.plasticity.runtime.cli.RuntimeServices;
import dev.plasticity.runtime.config.InputException;
import dev.plasticity.runtime.scenario.LoadedScenario;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;

/**
 * Adds {@code plasticity sweep}, lets {@code plasticity resume} continue a sweep's directory and
 * {@code plasticity validate} check a scenario's sweep section.
 */
public final class SweepCommands implements CommandProvider {
  @Override
  public List<Object> commands(RuntimeServices services) {
    return List.of(new SweepCommand(services));
  }

  @Override
  public List<String> problems(LoadedScenario scenario, RuntimeServices services) {
    if (scenario.sweep() == null) {
      return List.of();
    }
    try {
      SweepPlan.of(scenario, services.loader());
      return List.of();
    } catch (InputException e) {
      return e.lines();
    }
  }

  @Override
  public OptionalInt resume(Path dir, RuntimeServices services) {
    return SweepState.isSweep(dir) ? OptionalInt.of(new Sweeper(services).resume(dir)) : OptionalInt.empty();
  }
}
