package dev.plasticity.hebbian;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plasticity.testkit.MockRuntime;
import dev.plasticity.testkit.Resumption;
import org.junit.jupiter.api.Test;

class LinskerDevelopmentTest {
  private static LinskerDevelopment network(int side, int synapses, int iterB, int iterC, int cellsC, double k1C) {
    return new LinskerDevelopment(side, synapses, 3, 3, 0.3, 0, k1C, -3, 0.5, 0.02, iterB, iterC, cellsC, 50);
  }

  private static MockRuntime running(LinskerDevelopment l) {
    return MockRuntime.builder().present(false).train(false).build().install(l);
  }

  @Test
  void oneStepOfBByHand() {
    // One B cell, N = 3 synapses at A sites (0, 0, 1), c = (0.1, 0.2, −0.1), k1 = 0.3, k2 = −1, η = 0.1.
    // Q_A = I, so (Q c)_i is the weight at i's site: (0.3, 0.3, −0.1); k2 mean(c) = −0.2/3.
    // dc = 0.3 − 0.2/3 + (Q c)/3 = (1/3, 1/3, 0.2): c = (0.1 + 1/30, 0.2 + 1/30, −0.1 + 0.02).
    LinskerDevelopment cfg = new LinskerDevelopment(2, 3, 3, 3, 0.3, -1, 0.45, -3, 0.5, 0.1, 1, 1, 1, 1);
    float[] wb = {0.1f, 0.2f, -0.1f};
    Arbors b = new Arbors(3, new int[] {0, 0, 1}, new float[3]);
    Arbors c = new Arbors(3, new int[0], new float[0]);
    new LinskerLayers(cfg, b, c, wb, new float[0]).stepB();
    assertArrayEquals(new float[] {0.1f + 1 / 30f, 0.2f + 1 / 30f, -0.08f}, wb, 1e-6f);
  }

  @Test
  void oneStepOfCByHand() {
    // A, B on a 2 × 2 torus; B cells 0 and 1 at +0.5 on A sites {0} and {0, 1}: C_B rows (0.5, 0, 0, 0),
    // (0.5, 0.5, 0, 0), Q_B = C_B C_Bᵀ = [[0.25, 0.25], [0.25, 0.5]] on those two, mean diagonal over
    // the four B cells (the other two silent) 0.1875. One C cell with synapses on B cells 0 and 1:
    // Q = Q_B / 0.1875 = [[4/3, 4/3], [4/3, 8/3]]; c = (0.1, −0.1), k1 = 0.45, k2 = −3, η = 0.1, N = 2:
    // Q c = (0, −2/15), mean(c) = 0: dc_i = 0.45 + (Q c)_i / 2 = (0.45, 0.45 − 1/15).
    LinskerDevelopment cfg = new LinskerDevelopment(2, 2, 3, 3, 0.3, 0, 0.45, -3, 0.5, 0.1, 1, 1, 1, 1);
    float[] wb = {0.5f, 0, 0.5f, 0.5f, 0, 0, 0, 0};
    Arbors b = new Arbors(2, new int[] {0, 0, 0, 1, 2, 2, 3, 3}, new float[8]);
    float[] wc = {0.1f, -0.1f};
    Arbors c = new Arbors(2, new int[] {0, 1}, new float[2]);
    new LinskerLayers(cfg, b, c, wb, wc).stepC();
    assertArrayEquals(new float[] {0.1f + 0.045f, -0.1f + 0.1f * (0.45f - 1 / 15f)}, wc, 1e-6f);
  }

  @Test
  void bSaturatesAndMostCellsOfCAreCentreSurround() {
    LinskerDevelopment l = network(24, 200, 200, 400, 4, 0.45);
    MockRuntime rt = running(l).runTicks(600);
    assertEquals(1, rt.last("linsker/b-saturated"), 1e-12);
    assertTrue(rt.last("linsker/centre-surround") >= 0.9, "centre-surround share " + rt.last("linsker/centre-surround"));
    assertEquals(rt.last("linsker/centre-surround"), rt.last("linsker/on-centre"), 1e-12, "k1 > 0: on-centre");
    assertTrue(rt.last("linsker/ring/0") > 0 && rt.last("linsker/ring/4") < 0,
        rt.last("linsker/ring/0") + " ... " + rt.last("linsker/ring/4"));
  }

  @Test
  void withK2ZeroCIsAllExcitatoryLikeB() {
    LinskerDevelopment l = new LinskerDevelopment(24, 200, 3, 3, 0.3, 0, 0.45, 0, 0.5, 0.02, 200, 400, 4, 50);
    MockRuntime rt = running(l).runTicks(600);
    assertEquals(0, rt.last("linsker/centre-surround"), 1e-12);
  }

  @Test
  void resumesExactlyAcrossTheLayerChange() {
    LinskerDevelopment l = network(12, 40, 10, 10, 2, 0.45);
    Resumption.assertExact(() -> running(l), new long[] {5, 13}, 20, "linsker-development");
  }
}
