package dev.plasticity.bptt;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plasticity.api.math.Rng;
import dev.plasticity.testkit.GradientCheck;
import org.junit.jupiter.api.Test;

/**
 * The one-pass sweep of attention credit against its definition: a {@link Sweep} from each
 * credited state back {@code reach} ticks, summed. The sequence is longer than the reach
 * and starts after tick 0, so both the truncation and the sequence start cut sweeps short.
 */
class BandedSweepTest {
  private static final int N = 4;
  private static final int D = 3;
  private static final int ROWS = 2;
  private static final int LENGTH = 13;
  private static final long START = 5;

  @Test
  void equalsOneTruncatedSweepPerCreditedState() {
    for (int reach : new int[] {1, 3, 20}) {
      compare(reach);
    }
  }

  private void compare(int reach) {
    Rng rng = new Rng(11);
    ElmanNet net = new ElmanNet(N, D);
    for (int i = 0; i < net.w.length; i++) {
      net.w[i] = rng.nextGaussian() / Math.sqrt(N);
    }
    Episode e = new Episode(net, ROWS, LENGTH);
    e.begin(START);
    for (long t = START; t < START + LENGTH; t++) {
      for (int i = 0; i < ROWS * D; i++) {
        e.xs[e.xOff(t, 0) + i] = rng.nextGaussian();
      }
      e.forward(t);
    }
    double[] credit = new double[e.qs.length];
    boolean[] credited = new boolean[LENGTH];
    for (long t = START; t < START + LENGTH; t++) {
      // Every third state gets no credit: the one-pass sweep must skip them, not zero others.
      if (t % 3 != 0) {
        credited[e.slot(t)] = true;
        for (int i = 0; i < ROWS * N; i++) {
          credit[e.hOff(t, 0) + i] = rng.nextGaussian();
        }
      }
    }
    long top = START + LENGTH - 1;
    new BandedSweep(net, reach).run(e, top, START, credit, credited);
    double[] banded = e.grad.clone();
    java.util.Arrays.fill(e.grad, 0);
    Sweep sweep = new Sweep(net);
    for (long s = START; s <= top; s++) {
      if (credited[e.slot(s)]) {
        sweep.run(e, s, Math.max(s - reach + 1, START), Long.MAX_VALUE, credit, e.hOff(s, 0));
      }
    }
    double rel = GradientCheck.relativeNormError(banded, e.grad);
    assertTrue(rel < 1e-13, "reach " + reach + ": relative error " + rel);
  }
}
