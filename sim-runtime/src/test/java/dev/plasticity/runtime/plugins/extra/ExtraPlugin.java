package dev.plasticity.runtime.plugins.extra;

import dev.plasticity.api.learn.Initializer;
import dev.plasticity.api.math.Matrix;
import dev.plasticity.api.math.Rng;
import dev.plasticity.api.spi.ComponentRegistry;
import dev.plasticity.api.spi.Kinds;
import dev.plasticity.api.spi.Plugin;

/**
 * A plugin that exists only on the test class path, declared in the test resources'
 * META-INF/services: the runtime must find it without being told about it.
 */
public final class ExtraPlugin implements Plugin {
  /** Fills W with one value. */
  public record ConstantInit(double value) implements Initializer {
    @Override
    public void init(Matrix w, Rng rng) {
      w.fill((float) value);
    }
  }

  @Override
  public String name() {
    return "extra";
  }

  @Override
  public String description() {
    return "a test-only plugin";
  }

  @Override
  public void register(ComponentRegistry registry) {
    registry.add(Kinds.INIT, "test-constant", "every weight the same value (tests only)", ConstantInit.class);
  }
}
