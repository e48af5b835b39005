package dev.plasticity.bptt;

import dev.plasticity.api.spi.Plugin;
import dev.plasticity.testkit.PluginContract;
import java.util.List;

/**
 * The testkit's contract over every registered type. None of the types is a feedforward
 * {@code credit} rule, metric, optimizer or initialiser, so the contract's training checks
 * have nothing to run here; {@link TemporalScheduleTest} gives the temporal algorithms the
 * equivalent checks (they lower the loss of a tiny task, deterministically).
 */
class BpttPluginContractTest extends PluginContract {
  @Override
  protected Plugin plugin() {
    return new BpttPlugin();
  }

  @Override
  protected List<Object> examples() {
    return List.of(
        TemporalScheduleTest.schedule(new DelayedRecall(9, 8), new Tbptt(3, 6), null),
        new GradientEquivalence(new DelayedRecall(5, 4), new Elman(4, 1.0, false), 1, 10, 1e-5, 1e-7),
        new GeneratedData(1),
        new Elman(16, 1.0, false),
        new AttentionMemory(10, 32, 0),
        new DelayedRecall(30, 8),
        new CopyTask(20, 10),
        new AddingProblem(50),
        new MarschallOnline(1000),
        new SequentialImages(28, 28, 10),
        new Bptt(),
        new Tbptt(5, 5),
        new Rtrl(),
        new Uoro(1e-7),
        new KfRtrl(1e-7),
        new Snap1(),
        new Eprop(Eprop.Feedback.random));
  }
}
