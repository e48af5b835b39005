package dev.plasticity.runtime.engine;

import dev.plasticity.api.config.ConfigException;
import dev.plasticity.api.config.Default;
import dev.plasticity.api.sim.Metric;
import dev.plasticity.api.sim.Phase;
import dev.plasticity.api.sim.SimContext;
import dev.plasticity.api.spi.ComponentRegistry;
import dev.plasticity.api.spi.Kinds;
import dev.plasticity.api.spi.Plugin;

/** Components that fail on purpose, for the engine's tests of failing variants. */
public final class EngineTestPlugin implements Plugin {
  /**
   * Throws at {@code tick} (never when negative) from a FEEDBACK event named
   * "test-fail-at": an IllegalStateException, or with {@code config} a ConfigException
   * (a component finding at run time that the scenario does not suit it).
   */
  public record FailAt(long tick, @Default("false") boolean config) implements Metric {
    @Override
    public void install(SimContext ctx) {
      ctx.scheduler().every(0, 1, Phase.FEEDBACK, 0, "test-fail-at", t -> {
        if (t == tick) {
          if (config) {
            throw new ConfigException("tick", "refused at tick " + t);
          }
          throw new IllegalStateException("failed on purpose at tick " + t);
        }
      });
    }
  }

  @Override
  public String name() {
    return "engine-test";
  }

  @Override
  public String description() {
    return "components that fail on purpose (engine tests only)";
  }

  @Override
  public void register(ComponentRegistry r) {
    r.add(Kinds.METRIC, "test-fail-at", "throws at a given tick (tests only)", FailAt.class);
  }
}
