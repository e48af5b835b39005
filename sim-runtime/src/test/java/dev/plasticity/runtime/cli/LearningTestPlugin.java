package dev.plasticity.runtime.cli;

import dev.plasticity.api.config.Min;
import dev.plasticity.api.data.Data;
import dev.plasticity.api.learn.CreditRule;
import dev.plasticity.api.sim.Footprint;
import dev.plasticity.api.sim.Metric;
import dev.plasticity.api.sim.Schedule;
import dev.plasticity.api.sim.SimContext;
import dev.plasticity.api.sim.Timeline;
import dev.plasticity.api.spi.ComponentRegistry;
import dev.plasticity.api.spi.Kinds;
import dev.plasticity.api.spi.Plugin;
import java.util.List;

/**
 * Components that declare what the checks of {@link UnableToLearnTest} read: a credit rule
 * (the runtime ships none), a schedule that does not use the learning section, and a metric
 * that reports the array it would allocate.
 */
public final class LearningTestPlugin implements Plugin {
  /** Assigns no credit: enough for a learning section to bind. */
  public record NoCredit() implements CreditRule {
    @Override
    public void install(SimContext ctx) {}
  }

  /** One tick that presents nothing, as an evaluation-only schedule does. */
  public record Still() implements Schedule {
    @Override
    public Timeline plan(Data data) {
      return new Timeline(1, 1);
    }

    @Override
    public int batchCapacity(Data data) {
      return 1;
    }

    @Override
    public void install(SimContext ctx) {}

    @Override
    public boolean usesLearningSection() {
      return false;
    }
  }

  /** Would allocate {@code slots} doubles at install (it allocates nothing: validate refuses first). */
  public record Buffer(@Min(1) long slots) implements Metric, Footprint {
    @Override
    public void install(SimContext ctx) {}

    @Override
    public List<Block> blocks(Sizes sizes) {
      return List.of(new Block("slots", "the buffer (" + slots + " doubles)", slots, Double.BYTES));
    }
  }

  @Override
  public String name() {
    return "learning-test";
  }

  @Override
  public String description() {
    return "components for the tests of scenarios that cannot learn";
  }

  @Override
  public void register(ComponentRegistry r) {
    r.add(Kinds.CREDIT, "test-noop", "assigns no credit (tests only)", NoCredit.class);
    r.add(Kinds.SCHEDULE, "test-still", "one tick presenting nothing (tests only)", Still.class);
    r.add(Kinds.METRIC, "test-buffer", "reports a buffer it would allocate (tests only)", Buffer.class);
  }
}
