package dev.plasticity.hebbian;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.plasticity.api.sim.Phase;
import dev.plasticity.api.sim.StateMap;
import dev.plasticity.testkit.MockRuntime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SpikeProjectionTest {
  private static final float[] W = {0.25f, 0.5f, 1f};

  /** A projection from three sources onto one neuron whose conductance nothing else changes. */
  private static SpikeProjection projection(MockRuntime rt, LifNeurons target, int delay) {
    return new SpikeProjection("test synapses", rt.scheduler(), 3, W.clone(), delay, target, null);
  }

  private static LifNeurons target() {
    return new LifNeurons(1, new LifNeurons.Constants(0.1, 10, 0, -74, -54, -60, 5, 0));
  }

  /** The conductance at the end of every tick, from the first. */
  private static double[] conductances(MockRuntime rt, LifNeurons target, int ticks) {
    double[] ge = new double[ticks];
    rt.scheduler().every(0, 1, Phase.RECORD, 0, "probe", t -> ge[(int) t] = target.ge[0]);
    rt.runTicks(ticks);
    return ge;
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 1, 7, 30})
  void aSpikeArrivesExactlyDelayTicksAfterItLeft(int delay) {
    MockRuntime rt = MockRuntime.builder().present(false).train(false).build();
    LifNeurons target = target();
    SpikeProjection p = projection(rt, target, delay);
    long left = 5;
    rt.scheduler().at(left, Phase.INPUT, 0, "spike", t -> p.send(t, new int[] {2}, 1));
    double[] ge = conductances(rt, target, 40);
    for (int t = 0; t < 40; t++) {
      assertEquals(t < left + delay ? 0 : 1, ge[t], 0, "tick " + t + ", delay " + delay);
    }
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 4})
  void batchesInFlightSurviveACheckpoint(int delay) {
    int[][] sent = {{0}, {1, 2}, {0, 1, 2}, {2}};
    // Straight through: spikes leave at ticks 10..13.
    MockRuntime whole = MockRuntime.builder().present(false).train(false).build();
    LifNeurons t1 = target();
    SpikeProjection p1 = projection(whole, t1, delay);
    for (int k = 0; k < sent.length; k++) {
      int[] s = sent[k];
      whole.scheduler().at(10 + k, Phase.INPUT, 0, "spike", t -> p1.send(t, s, s.length));
    }
    double[] expected = conductances(whole, t1, 30);

    // Stopped after tick 12, with every batch sent so far still in flight when delay is 4.
    MockRuntime first = MockRuntime.builder().present(false).train(false).build();
    LifNeurons t2 = target();
    SpikeProjection p2 = projection(first, t2, delay);
    for (int k = 0; k < 3; k++) {
      int[] s = sent[k];
      first.scheduler().at(10 + k, Phase.INPUT, 0, "spike", t -> p2.send(t, s, s.length));
    }
    first.runTicks(13);
    StateMap saved = new StateMap();
    p2.saveState(saved);

    MockRuntime resumed = MockRuntime.builder().present(false).train(false).build();
    LifNeurons t3 = target();
    t3.ge[0] = t2.ge[0];
    SpikeProjection p3 = projection(resumed, t3, delay);
    p3.restoreState(saved);
    resumed.scheduler().skipTo(13);
    resumed.scheduler().at(13, Phase.INPUT, 0, "spike", t -> p3.send(t, sent[3], 1));
    double[] ge = new double[30];
    resumed.scheduler().every(13, 1, Phase.RECORD, 0, "probe", t -> ge[(int) t] = t3.ge[0]);
    resumed.runTicks(17);
    for (int t = 13; t < 30; t++) {
      assertEquals(expected[t], ge[t], 0, "tick " + t + ", delay " + delay);
    }
    assertEquals(0.25 + 1.5 + 1.75 + 1, expected[29], 1e-9);
  }
}
