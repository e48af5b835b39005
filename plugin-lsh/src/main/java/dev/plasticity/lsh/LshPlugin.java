package dev.plasticity.lsh;

import dev.plasticity.api.spi.ComponentRegistry;
import dev.plasticity.api.spi.Plugin;

/** Locality-sensitive hashing for MIPS and hashed sparse layers (issue 6). Its component types arrive with their own issue. */
public final class LshPlugin implements Plugin {
  @Override
  public String name() {
    return "lsh";
  }

  @Override
  public String description() {
    return "Locality-sensitive hashing for MIPS and hashed sparse layers (issue 6)";
  }

  @Override
  public void register(ComponentRegistry registry) {
    // No component types yet.
  }
}
