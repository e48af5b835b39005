package dev.plasticity.hebbian;

import dev.plasticity.api.sim.StateMap;
import dev.plasticity.api.sim.Stateful;
import java.util.Arrays;

/**
 * The state and arithmetic of one area under a stimulus, for {@link AssemblyProjection}. Presynaptic
 * neurons 0..k−1 of the wiring are the stimulus, k..k+n−1 the area itself. Between rounds it
 * keeps the previous cap, the support and when it last grew (saved in checkpoints); the weights
 * are a parameter. Every buffer is made once: a round allocates nothing.
 */
final class AssemblyArea implements Stateful {
  private final SparseWiring wiring;
  private final float[] w;
  private final int n;
  private final int k;
  private final float growth;
  private final KCap kcap;
  private final float[] input;
  private final int[] cap;
  private final boolean[] firing;
  private final int[] recallPrev;
  private final int[] recallCap;
  private final boolean[] assembly;
  // State between rounds.
  private final int[] previous;
  private int previousSize;
  private final int[] support;
  private int supportSize;
  private int lastGrowth = -1;
  private int round;

  AssemblyArea(SparseWiring wiring, float[] w, int n, int k, float beta) {
    this.wiring = wiring;
    this.w = w;
    this.n = n;
    this.k = k;
    this.growth = 1 + beta;
    this.kcap = new KCap(n, k);
    this.input = new float[n];
    this.cap = new int[k];
    this.firing = new boolean[n];
    this.recallPrev = new int[k];
    this.recallCap = new int[k];
    this.assembly = new boolean[n];
    this.previous = new int[k];
    this.support = new int[n];
  }

  /** FORWARD: the whole stimulus and the previous cap drive the area; the k-cap fires. */
  void fire(long tick) {
    Arrays.fill(input, 0);
    drive(0, k);
    for (int i = 0; i < previousSize; i++) {
      drive(k + previous[i], 1);
    }
    kcap.select(input, cap);
    for (int i : cap) {
      firing[i] = true;
      if (support[i] == 0) {
        support[i] = 1;
        supportSize++;
        lastGrowth = round;
      }
    }
  }

  /** PLASTICITY: synapses from the stimulus and the previous cap onto the new cap grow by 1 + β. */
  void strengthen(long tick) {
    strengthenFrom(0, k);
    for (int i = 0; i < previousSize; i++) {
      strengthenFrom(k + previous[i], 1);
    }
    for (int i : cap) {
      firing[i] = false;
    }
    System.arraycopy(cap, 0, previous, 0, k);
    previousSize = k;
    round++;
  }

  /** Adds the weights of presynaptic neurons from .. from+count−1 to their targets' input. */
  private void drive(int from, int count) {
    int[] off = wiring.offsets;
    int[] tg = wiring.targets;
    for (int e = off[from]; e < off[from + count]; e++) {
      input[tg[e]] += w[e];
    }
  }

  private void strengthenFrom(int from, int count) {
    int[] off = wiring.offsets;
    int[] tg = wiring.targets;
    for (int e = off[from]; e < off[from + count]; e++) {
      if (firing[tg[e]]) {
        w[e] *= growth;
      }
    }
  }

  int supportSize() {
    return supportSize;
  }

  int lastGrowthRound() {
    return lastGrowth;
  }

  /**
   * The share of the current assembly (the last cap) in the cap that {@code cued} stimulus
   * neurons reach from a silent area after {@code rounds} rounds, without plasticity. Touches no
   * state: its buffers are its own (the input buffer is rewritten by every round anyway).
   */
  double recall(int cued, int rounds) {
    if (previousSize == 0) {
      return 0;
    }
    int prevSize = 0;
    for (int r = 0; r < rounds; r++) {
      Arrays.fill(input, 0);
      drive(0, cued);
      for (int i = 0; i < prevSize; i++) {
        drive(k + recallPrev[i], 1);
      }
      kcap.select(input, recallCap);
      System.arraycopy(recallCap, 0, recallPrev, 0, k);
      prevSize = k;
    }
    for (int i = 0; i < k; i++) {
      assembly[previous[i]] = true;
    }
    int hits = 0;
    for (int i : recallCap) {
      hits += assembly[i] ? 1 : 0;
    }
    for (int i = 0; i < k; i++) {
      assembly[previous[i]] = false;
    }
    return hits / (double) k;
  }

  @Override
  public void saveState(StateMap out) {
    out.putInts("previous", previous);
    out.putInts("support", support);
    out.putInts("counters", new int[] {previousSize, supportSize, lastGrowth, round});
  }

  @Override
  public void restoreState(StateMap in) {
    System.arraycopy(in.ints("previous"), 0, previous, 0, k);
    System.arraycopy(in.ints("support"), 0, support, 0, n);
    int[] c = in.ints("counters");
    previousSize = c[0];
    supportSize = c[1];
    lastGrowth = c[2];
    round = c[3];
  }
}
