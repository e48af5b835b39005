package dev.plasticity.hebbian;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PairStdpTest {
  // Brian2's example: gmax 0.01, dApre 0.01 gmax, dApost -1.05 dApre, taupre = taupost = 20 ms = 200 ticks.
  private static final double GMAX = 0.01;
  private static final double A_PLUS = 1e-4;
  private static final double A_MINUS = -1.05e-4;

  private static PairStdp rule() {
    return new PairStdp(2, 1, A_PLUS, A_MINUS, GMAX, 200, 200);
  }

  @Test
  void preThenPostPotentiatesByTheDecayedPresynapticTrace() {
    PairStdp r = rule();
    float[] w = {0.005f, 0.005f};
    r.onPre(0, 1000, w, 0, 1);
    assertEquals(0.005f, w[0], 0, "no postsynaptic spike yet: Apost is 0");
    r.onPost(0, 1010, w, 2, 1);
    // 1 ms later: Apre = 1e-4 exp(-1/20); source 1 never spiked, its trace is 0.
    assertEquals((float) (0.005f + A_PLUS * Math.exp(-10 / 200.0)), w[0], 0);
    assertEquals(0.005f, w[1], 0);
  }

  @Test
  void postThenPreDepressesByTheDecayedPostsynapticTrace() {
    PairStdp r = rule();
    float[] w = {0.005f, 0.005f};
    r.onPost(0, 1000, w, 2, 1);
    assertEquals(0.005f, w[0], 0);
    r.onPre(1, 1040, w, 1, 1);
    assertEquals((float) (0.005f + A_MINUS * Math.exp(-40 / 200.0)), w[1], 0);
    assertEquals(0.005f, w[0], 0, "source 0 did not spike");
  }

  @Test
  void weightsStayWithinTheHardBounds() {
    PairStdp r = rule();
    float[] w = {(float) (GMAX - 1e-5), 1e-5f};
    r.onPre(0, 0, w, 0, 1);
    r.onPost(0, 0, w, 2, 1);
    assertEquals((float) GMAX, w[0], 0, "clipped at gmax");
    r.onPre(1, 5, w, 1, 1);
    assertEquals(0f, w[1], 0, "clipped at 0");
  }
}
