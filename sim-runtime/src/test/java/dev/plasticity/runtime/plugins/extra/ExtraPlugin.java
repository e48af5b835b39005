package dev.plasticity.runtime.plugins.extra;

import dev.plasticity.api.config.ConfigException;
import dev.plasticity.api.learn.Initializer;
import dev.plasticity.api.math.Matrix;
import dev.plasticity.api.math.Rng;
import dev.plasticity.api.sim.Curve;
import dev.plasticity.api.sim.Metric;
import dev.plasticity.api.sim.Phase;
import dev.plasticity.api.sim.SimContext;
import dev.plasticity.api.sim.Timeline;
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

  /** Records, at every evaluation, the curve y = slope·x·epoch over x = 0, 1, 2 (tests of the curve outputs). */
  public record CurveMetric(double slope) implements Metric {
    @Override
    public void install(SimContext ctx) {
      Timeline tl = ctx.timeline();
      ctx.scheduler().every(tl.firstEpochEnd(), tl.ticksPerEpoch(), Phase.CONTROL, 0, "test-curve", t -> {
        double e = tl.epochOf(t);
        ctx.recorder().record("test-curve/epoch", e);
        ctx.recorder().curve(new Curve("line/slope", "", "x", "y", new double[] {0, 1, 2},
            new double[] {0, slope * e, 2 * slope * e}));
        ctx.recorder().curve(new Curve("line/slope", "doubled", "x", "y", new double[] {0, 1},
            new double[] {0, 2 * slope * e}));
      });
    }
  }

  /** Refuses every scenario when installed, as a component that finds the network unsuitable does. */
  public record RefusingMetric(int size) implements Metric {
    @Override
    public void install(SimContext ctx) {
      throw new ConfigException("size", "must equal the output size " + ctx.network().output().size() + ", got " + size);
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
    registry.add(Kinds.METRIC, "test-refusing", "refuses every scenario at install (tests only)", RefusingMetric.class);
    registry.add(Kinds.METRIC, "test-curve", "a straight line as a curve (tests only)", CurveMetric.class);
  }
}
