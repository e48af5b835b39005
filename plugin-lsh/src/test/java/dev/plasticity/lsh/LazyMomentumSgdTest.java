package dev.plasticity.lsh;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.plasticity.api.learn.Parameter;
import dev.plasticity.api.learn.Sgd;
import dev.plasticity.api.sim.StateMap;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Stepping only the rows with a gradient, and catching the others up later, is the dense SGD. */
class LazyMomentumSgdTest {
  private static final int ROWS = 12;
  private static final int COLS = 7;

  private static Parameter param(long seed) {
    Parameter p = new Parameter("W", ROWS, COLS, true);
    Random r = new Random(seed);
    float[] w = p.value().data();
    for (int i = 0; i < w.length; i++) {
      w[i] = (float) r.nextGaussian();
    }
    return p;
  }

  /** Each step a random few rows get a gradient; returns their ids in increasing order. */
  private static int fill(Random r, float[] g, int[] rows) {
    java.util.Arrays.fill(g, 0f);
    int k = 0;
    for (int j = 0; j < ROWS; j++) {
      if (r.nextInt(4) == 0) {
        rows[k++] = j;
        for (int c = 0; c < COLS; c++) {
          g[j * COLS + c] = (float) r.nextGaussian();
        }
      }
    }
    return k;
  }

  @Test
  void matchesDenseSgdWithMomentumAfterCatchingUp() {
    for (double mu : new double[] {0, 0.5, 0.9}) {
      Parameter dense = param(1);
      Parameter lazy = param(1);
      Sgd sgd = new Sgd(0.05, mu, 0);
      LazyMomentumSgd opt = new LazyMomentumSgd(lazy, 0.05, mu);
      Random r = new Random(2);
      int[] rows = new int[ROWS];
      for (int step = 0; step < 60; step++) {
        int k = fill(r, dense.grad().data(), rows);
        System.arraycopy(dense.grad().data(), 0, lazy.grad().data(), 0, ROWS * COLS);
        dense.markGradient();
        sgd.update(dense);
        lazy.markGradient();
        opt.setRows(rows, k);
        opt.update(lazy);
        if (step % 17 == 5) { // a reader in between (a rehash): catching up must not change the outcome
          opt.catchUpAll();
        }
      }
      opt.catchUpAll();
      assertArrayEquals(dense.value().data(), lazy.value().data(), 1e-4f, "weights, momentum " + mu);
      assertEquals(dense.slots().keySet(), lazy.slots().keySet(), "the same optimizer state is checkpointed");
      if (mu > 0) {
        assertArrayEquals(dense.slot("momentum"), lazy.slot("momentum"), 1e-4f, "momentum buffer " + mu);
      }
      assertEquals(60, lazy.updates());
    }
  }

  @Test
  void aRowLeftBehindIsUntouchedUntilCaughtUp() {
    Parameter p = param(3);
    LazyMomentumSgd opt = new LazyMomentumSgd(p, 0.1, 0.9);
    float[] g = p.grad().data();
    java.util.Arrays.fill(g, 1f);
    int[] all = new int[ROWS];
    for (int j = 0; j < ROWS; j++) {
      all[j] = j;
    }
    opt.setRows(all, ROWS);
    p.markGradient();
    opt.update(p); // every row now has momentum 1
    float before = p.value().get(4, 0);
    java.util.Arrays.fill(g, 0f);
    for (int s = 0; s < 3; s++) {
      opt.setRows(new int[] {0}, 1);
      p.markGradient();
      opt.update(p);
    }
    assertEquals(before, p.value().get(4, 0), 0f, "a row without gradient is not visited");
    opt.catchUp(4);
    // Three missed steps of momentum 1 decaying by 0.9: 0.1·(0.9 + 0.81 + 0.729).
    assertEquals(before - 0.1 * (0.9 + 0.81 + 0.729), p.value().get(4, 0), 1e-6);
  }

  @Test
  void checkpointedStepCountsResumeTheSameCatchUp() {
    Parameter p = param(5);
    LazyMomentumSgd opt = new LazyMomentumSgd(p, 0.1, 0.9);
    java.util.Arrays.fill(p.grad().data(), 1f);
    opt.setRows(new int[] {2, 3}, 2);
    p.markGradient();
    opt.update(p);
    opt.setRows(new int[] {3}, 1);
    p.markGradient();
    opt.update(p);
    StateMap saved = new StateMap();
    opt.saveState(saved);
    LazyMomentumSgd resumed = new LazyMomentumSgd(p, 0.1, 0.9);
    resumed.restoreState(saved);
    float[] copy = p.value().data().clone();
    float[] v = p.slot("momentum").clone();
    opt.catchUp(2);
    float expected = p.value().get(2, 0);
    System.arraycopy(copy, 0, p.value().data(), 0, copy.length);
    System.arraycopy(v, 0, p.slot("momentum"), 0, v.length);
    resumed.catchUp(2);
    assertEquals(expected, p.value().get(2, 0), 0f);
  }
}
