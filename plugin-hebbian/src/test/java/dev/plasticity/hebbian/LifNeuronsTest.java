package dev.plasticity.hebbian;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LifNeuronsTest {
  // Brian2's example: dt 0.1 ms, taum 10 ms, Ee 0, El -74, vt -54, vr -60 mV, taue 5 ms.
  private static LifNeurons neurons(int refractoryTicks) {
    return new LifNeurons(1, new LifNeurons.Constants(0.1, 10, 0, -74, -54, -60, 5, refractoryTicks));
  }

  @Test
  void oneEulerStepByHand() {
    LifNeurons n = neurons(0);
    n.ge[0] = 0.5;
    n.step();
    // dv/dt = (0.5 (0 + 60) - 74 + 60) / 10 = 1.6 mV/ms; v = -60 + 0.1 * 1.6. dge/dt = -0.5 / 5.
    assertEquals(-59.84, n.v[0], 1e-12);
    assertEquals(0.49, n.ge[0], 1e-12);
    assertEquals(0, n.spikedCount);
  }

  @Test
  void crossingTheThresholdSpikesResetsAndHoldsForTheRefractoryTicks() {
    LifNeurons n = neurons(2);
    n.v[0] = -54.05;
    n.ge[0] = 1;
    // dv/dt = (1 (0 + 54.05) - 74 + 54.05) / 10 = 3.41 mV/ms: v = -53.709 > vt.
    n.step();
    assertEquals(1, n.spikedCount);
    assertEquals(0, n.spiked[0]);
    assertEquals(-60, n.v[0], 0);
    n.step();
    n.step();
    assertEquals(-60, n.v[0], 0, "held at vr for two ticks, though ge drives it up");
    assertEquals(0, n.spikedCount);
    n.step();
    assertEquals(true, n.v[0] > -60, "integrates again after the refractory ticks: " + n.v[0]);
    assertEquals(1, n.epochSpikes(0));
  }
}
