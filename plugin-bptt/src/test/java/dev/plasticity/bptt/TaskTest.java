package dev.plasticity.bptt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plasticity.api.math.Rng;
import org.junit.jupiter.api.Test;

/** The task generators produce the sequences and targets their papers define. */
class TaskTest {
  @Test
  void marschallTargetFollowsTheLaggedInputsAndHasVariance0078() {
    Task.Generator g = new MarschallOnline(100).generator(1, new Rng(1), null, false);
    int steps = 200_000;
    double[] xs = new double[steps];
    double[] x = new double[1];
    double[] y = new double[1];
    double sum = 0;
    double sum2 = 0;
    for (int t = 0; t < steps; t++) {
      g.input(t % 100, x, 0);
      xs[t] = x[0];
      assertTrue(g.target(t % 100, y));
      double expected = 0.5 + 0.5 * (t >= 5 ? xs[t - 5] : 0) - 0.25 * (t >= 9 ? xs[t - 9] : 0);
      assertEquals(expected, y[0], 0);
      sum += y[0];
      sum2 += y[0] * y[0];
    }
    double var = sum2 / steps - (sum / steps) * (sum / steps);
    assertEquals(0.078, var, 0.002, "Var y of the best memoryless predictor");
  }

  @Test
  void delayedRecallCuesOnceAndTargetsTheSymbolThere() {
    DelayedRecall task = new DelayedRecall(5, 8);
    Task.Generator g = task.generator(2, new Rng(2), null, false);
    g.begin();
    double[] x = new double[2 * task.inputs()];
    double[] y = new double[2 * task.outputs()];
    g.input(0, x, 0);
    int symbol = argmax(x, 0, 10);
    assertTrue(symbol < 8);
    for (int t = 1; t < 5; t++) {
      g.input(t, x, 0);
      assertEquals(8, argmax(x, 0, 10), "blank at " + t);
      assertFalse(g.target(t, y));
    }
    g.input(5, x, 0);
    assertEquals(9, argmax(x, 0, 10), "cue");
    assertTrue(g.target(5, y));
    assertEquals(symbol, argmax(y, 0, 8));
  }

  @Test
  void copyRepeatsTheSymbolsAfterTheDelimiter() {
    CopyTask task = new CopyTask(4, 3);
    assertEquals(10, task.length());
    Task.Generator g = task.generator(1, new Rng(3), null, false);
    g.begin();
    double[] x = new double[10];
    double[] y = new double[9];
    int[] shown = new int[3];
    for (int t = 0; t < task.length(); t++) {
      g.input(t, x, 0);
      g.target(t, y);
      int in = argmax(x, 0, 10);
      int out = argmax(y, 0, 9);
      if (t < 3) {
        shown[t] = in;
        assertTrue(in < 8, "a data symbol at " + t);
      } else {
        assertEquals(t == 6 ? 9 : 8, in, "blank, or the delimiter at T + K - 1");
      }
      assertEquals(t >= 7 ? shown[t - 7] : 8, out, "target at " + t);
    }
  }

  @Test
  void addingTargetsTheSumOfTheTwoMarkedValues() {
    AddingProblem task = new AddingProblem(10);
    Task.Generator g = task.generator(1, new Rng(4), null, false);
    g.begin();
    double[] x = new double[2];
    double[] y = new double[1];
    double sum = 0;
    int marks = 0;
    for (int t = 0; t < 10; t++) {
      g.input(t, x, 0);
      if (x[1] == 1) {
        sum += x[0];
        marks++;
        assertTrue(marks == 1 ? t < 5 : t >= 5, "one mark in each half");
      }
      assertEquals(t == 9, g.target(t, y));
    }
    assertEquals(2, marks);
    assertEquals(sum, y[0], 1e-15);
  }

  private static int argmax(double[] v, int from, int n) {
    int best = 0;
    for (int i = 1; i < n; i++) {
      if (v[from + i] > v[from + best]) {
        best = i;
      }
    }
    return best;
  }
}
