package dev.plasticity.sweep;

import dev.plasticity.runtime.cli.CommandProvider;
import dev.plasticity.runtime.cli.RuntimeServices;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;

/** Adds {@code plasticity sweep}, and lets {@code plasticity resume} continue a sweep's directory. */
public final class SweepCommands implements CommandProvider {
  @Override
  public List<Object> commands(RuntimeServices services) {
    return List.of(new SweepCommand(services));
  }

  @Override
  public OptionalInt resume(Path dir, RuntimeServices services) {
    return SweepState.isSweep(dir) ? OptionalInt.of(new Sweeper(services).resume(dir)) : OptionalInt.empty();
  }
}
