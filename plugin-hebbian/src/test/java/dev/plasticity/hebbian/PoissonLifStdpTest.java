package dev.plasticity.hebbian;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plasticity.api.config.ConfigException;
import dev.plasticity.api.sim.Curve;
import dev.plasticity.testkit.MockRuntime;
import dev.plasticity.testkit.Resumption;
import java.util.List;
import org.junit.jupiter.api.Test;

class PoissonLifStdpTest {
  /** Brian2's example with the given simulated time, epoch and delay. */
  static PoissonLifStdp brian2Example(double seconds, double epochSeconds, double delayMs) {
    return new PoissonLifStdp(1000, 15, 1, 0.1, seconds, epochSeconds, 10, 0, -54, -60, -74, 0, 5, 0.01, delayMs,
        0.01, 1.05, 20, 20, 50, Math.min(1, epochSeconds));
  }

  private static MockRuntime running(PoissonLifStdp s, long seed) {
    return MockRuntime.builder().seed(seed).present(false).train(false).build().install(s);
  }

  @Test
  void weightsEndBimodalAsBrian2sDoAfterOneHundredSeconds() {
    // Brian2 2.5.1 on this model (bench/stdp_brian2.py, seeds 1-3): near-bounds share 0.413-0.437,
    // output rate over the run 22.2-26.6 Hz. Done-when 5: share within 0.06, rate within 15 %.
    MockRuntime rt = running(brian2Example(100, 10, 0), 42).runTicks(1_000_000);
    float[] w = rt.parameters().get(PoissonLifStdp.WEIGHTS).value().data();
    int low = 0;
    int high = 0;
    for (float x : w) {
      low += x < 0.001 ? 1 : 0;
      high += x > 0.009 ? 1 : 0;
      assertTrue(x >= 0 && x <= 0.01f, "within the hard bounds: " + x);
    }
    double share = (low + high) / 1000.0;
    assertEquals(0.425, share, 0.06, "near-bounds share (" + low + " low, " + high + " high)");
    assertTrue(low > 150 && high > 150, "both modes: " + low + " low, " + high + " high");
    double rate = rt.last("stdp/run-rate");
    assertEquals(25, rate, 0.15 * 25, "output rate over the run");
  }

  @Test
  void resumesExactlyWithSpikesInFlight() {
    // 2 ms delay: 20 batches in flight at every stop; 0.2 s in epochs of 0.05 s.
    PoissonLifStdp s = new PoissonLifStdp(200, 40, 2, 0.1, 0.2, 0.05, 10, 0, -54, -60, -74, 1, 5, 0.05, 2,
        0.01, 1.05, 20, 20, 10, 0.02);
    Resumption.assertExact(() -> running(s, 5), new long[] {7, 733, 1100}, 2000, "poisson-lif-stdp");
  }

  @Test
  void theRasterHoldsTheWindowsSpikesAndThePictureDrawsEachAsATick() {
    PoissonLifStdp s = brian2Example(0.2, 0.1, 0);
    MockRuntime rt = running(s, 1);
    SpikeMonitor m = new SpikeMonitor("t", 100, 10, 1e-4, 3);
    m.spikes(95, new int[] {0, 2, 7}, 3, 3, 0); // in the window: rows 0 and 2; 7 is not a row
    m.spikes(50, new int[] {1}, 1, 3, 0); // before the window: not recorded
    m.spikes(97, new int[] {0}, 1, 1, 1); // an output neuron, row 1
    CapturingRecorder out = new CapturingRecorder();
    m.flush(99, out);
    List<Curve> curves = out.curves;
    Curve raw = curves.get(0);
    assertEquals("t/spikes", raw.name());
    assertEquals(List.of(0.0095, 0.0095, 0.0097), List.of(raw.x()[0], raw.x()[1], raw.x()[2]));
    assertEquals(List.of(0.0, 2.0, 1.0), List.of(raw.y()[0], raw.y()[1], raw.y()[2]));
    // Three rows: two edge points each and three points per spike.
    assertEquals(2 * 3 + 3 * 3, curves.get(1).x().length);
    rt.runTicks(2000);
    assertTrue(rt.recorded("stdp/output-rate").size() == 2, "one rate per epoch of 0.1 s");
  }

  @Test
  void refusesRatesAboveOneSpikePerTickAndPartialEpochs() {
    ConfigException e = assertThrows(ConfigException.class, () -> new PoissonLifStdp(10, 20_000, 1, 0.1, 1, 0.5, 10, 0,
        -54, -60, -74, 0, 5, 0.01, 0, 0.01, 1.05, 20, 20, 5, 0.1));
    assertEquals("rateHz", e.field());
    e = assertThrows(ConfigException.class, () -> brian2Example(1, 0.3, 0));
    assertEquals("seconds", e.field());
    e = assertThrows(ConfigException.class, () -> brian2Example(1, 0.00005, 0));
    assertEquals("epochSeconds", e.field());
  }
}
