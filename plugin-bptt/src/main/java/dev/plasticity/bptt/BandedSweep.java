package dev.plasticity.bptt;

/**
 * Sweeps credit given to many states of an {@link Episode}, each back a fixed number of
 * ticks (the reach), in one pass down the sequence. It equals a {@link Sweep} per credited
 * state s over [s − reach + 1, s], but the θ-gradient of every tick is one outer product
 * of the summed g_u with z_u instead of one per state alive there: with attention credit
 * for a state at every tick that halves the cost and keeps it O(reach·n²) per tick.
 *
 * <p>At tick u the states alive are u, ..., u + reach − 1, one per slot of a ring indexed
 * by s mod reach: the slot state u takes is the one state u + reach left after tick u + 1.
 */
final class BandedSweep {
  private final int reach;
  /** δ of each alive state, reach × n. */
  private final double[] ring;
  /** Whether a slot carries credit (slots of uncredited states are skipped). */
  private final boolean[] live;
  private final double[] g;
  private final double[] gsum;
  private final double[] z;

  BandedSweep(ElmanNet net, int reach) {
    this.reach = reach;
    ring = new double[reach * net.n];
    live = new boolean[reach];
    g = new double[net.n];
    gsum = new double[net.n];
    z = new double[net.m];
  }

  /**
   * For every tick s in [bottom, top] with {@code credited[e.slot(s)]}: sweeps the credit
   * (laid out like {@link Episode#qs}) back to max(s − reach + 1, bottom), adding into
   * {@link Episode#grad}.
   */
  void run(Episode e, long top, long bottom, double[] credit, boolean[] credited) {
    ElmanNet net = e.net;
    int n = net.n;
    int m = net.m;
    for (int b = 0; b < e.rows; b++) {
      java.util.Arrays.fill(live, false);
      int alive = 0;
      for (long u = top; u >= bottom; u--) {
        int q = (int) Math.floorMod(u, (long) reach);
        if (live[q]) {
          alive--;
          live[q] = false;
        }
        if (credited[e.slot(u)]) {
          System.arraycopy(credit, e.hOff(u, b), ring, q * n, n);
          live[q] = true;
          alive++;
        }
        if (alive == 0) {
          continue;
        }
        int ho = e.hOff(u, b);
        java.util.Arrays.fill(gsum, 0);
        // The state whose reach ends here: slot of u + reach − 1, i.e. of u − 1.
        int last = (int) Math.floorMod(u - 1, (long) reach);
        for (int p = 0; p < reach; p++) {
          if (!live[p]) {
            continue;
          }
          int po = p * n;
          for (int i = 0; i < n; i++) {
            double h = e.hs[ho + i];
            g[i] = ring[po + i] * (1 - h * h);
            gsum[i] += g[i];
          }
          if (p == last) {
            live[p] = false;
            alive--;
            continue;
          }
          Sweep.back(net, g, ring, po);
        }
        e.z(u, b, z);
        Sweep.addOuter(e.grad, gsum, z, n, m);
      }
    }
  }
}
