package dev.plasticity.bptt;

import dev.plasticity.api.config.Doc;
import dev.plasticity.api.config.Min;
import dev.plasticity.api.math.Rng;
import dev.plasticity.api.sim.Phase;
import dev.plasticity.api.sim.SimContext;

/**
 * Truncated BPTT(k1, k2) (Williams & Peng): every k1 ticks, and at each sequence end, the
 * errors of the last k1 ticks are swept back k2 ticks (k2 ≥ k1). Attention gradients that
 * reach a stored state are swept back k2 ticks from that state: the recurrence stays
 * truncated while attention jumps the gap.
 */
public record Tbptt(
    @Doc("ticks between backward sweeps") @Min(1) int k1,
    @Doc("ticks each sweep reaches back (>= k1)") @Min(1) int k2) implements TemporalCredit {
  public Tbptt {
    if (k2 < k1) {
      throw new IllegalArgumentException("k2 must be >= k1, got k1=" + k1 + ", k2=" + k2);
    }
  }

  @Override
  public int history(int length, boolean stream) {
    return stream ? k2 + 1 : length;
  }

  @Override
  public boolean keepsHistory() {
    return true;
  }

  @Override
  public Learner install(SimContext ctx, Episode e, int length, boolean stream, Rng rng) {
    Truncated l = new Truncated(e, this, stream ? 0 : length);
    if (stream) {
      ctx.scheduler().every(k1 - 1L, k1, Phase.FEEDBACK, 1, "tbptt sweep", l::sweep);
    } else {
      // Boundaries within each sequence, repeating every sequence: k1-1, 2k1-1, ..., and its end.
      for (int off = k1 - 1; off < length - 1; off += k1) {
        ctx.scheduler().every(off, length, Phase.FEEDBACK, 1, "tbptt sweep", l::sweep);
      }
      ctx.scheduler().every(length - 1L, length, Phase.FEEDBACK, 1, "tbptt sweep", l::sweep);
    }
    return l;
  }

  static final class Truncated extends Learner {
    private final Sweep sweep;
    /** Carries the attention credit of each stored state back k2 ticks from it. */
    private final BandedSweep attentionSweep;
    private final int k1;
    private final int k2;
    /** Ticks per sequence (0 for a stream, which takes no attention credit). */
    private final int length;
    /**
     * The tick after the last boundary: q_s from here on have not been swept. An array so
     * that a checkpoint keeps it with the traces (a stream's window need not be a multiple of k1).
     */
    private final double[] pending = new double[1];
    /**
     * Attention credit for stored states, summed over the reads of the sequence (laid out
     * like {@link Episode#qs}) and swept back k2 ticks from each state once, at the
     * sequence end: the sweep is linear and θ is fixed within a sequence, so one sweep of
     * the sum equals a sweep per read, at a fraction of the cost.
     */
    private final double[] credit;
    private final boolean[] credited;

    Truncated(Episode e, Tbptt cfg, int length) {
      super(e);
      this.sweep = new Sweep(e.net);
      this.attentionSweep = new BandedSweep(e.net, cfg.k2);
      this.k1 = cfg.k1;
      this.k2 = cfg.k2;
      this.length = length;
      this.credit = new double[length == 0 ? 0 : e.qs.length];
      this.credited = new boolean[length == 0 ? 0 : e.capacity];
    }

    @Override
    void begin(long t) {
      pending[0] = t;
    }

    void sweep(long t) {
      long bottom = Math.max(t - k2 + 1, e.start);
      long qFrom = Math.max((long) pending[0], bottom);
      sweep.run(e, t, bottom, qFrom, null, 0);
      pending[0] = t + 1;
      if (length > 0 && t - e.start == length - 1) {
        sweepAttentionCredit();
      }
    }

    private void sweepAttentionCredit() {
      long top = e.start + length - 1;
      attentionSweep.run(e, top, e.start, credit, credited);
      java.util.Arrays.fill(credit, 0);
      java.util.Arrays.fill(credited, false);
    }

    @Override
    void injectPast(long t, long s, double[] dh, int off) {
      if (length == 0) {
        throw new UnsupportedOperationException("attention credit needs sequences");
      }
      int slot = e.slot(s);
      int o = slot * e.rows * e.net.n;
      for (int i = 0, len = e.rows * e.net.n; i < len; i++) {
        credit[o + i] += dh[off + i];
      }
      credited[slot] = true;
    }

    @Override
    int updatePeriod() {
      return k1;
    }

    @Override
    double[][] traces() {
      return new double[][] {pending};
    }
  }
}
