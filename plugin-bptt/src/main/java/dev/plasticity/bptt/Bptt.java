package dev.plasticity.bptt;

import dev.plasticity.api.math.Rng;
import dev.plasticity.api.sim.Phase;
import dev.plasticity.api.sim.SimContext;

/** Full backpropagation through time: one backward sweep over each whole sequence. */
public record Bptt() implements TemporalCredit {
  @Override
  public int history(int length, boolean stream) {
    if (stream) {
      throw new IllegalArgumentException("bptt needs sequences; use tbptt on a stream task");
    }
    return length;
  }

  @Override
  public boolean keepsHistory() {
    return true;
  }

  @Override
  public Learner install(SimContext ctx, Episode e, int length, boolean stream, Rng rng) {
    Sweeper s = new Sweeper(e);
    ctx.scheduler().every(length - 1L, length, Phase.FEEDBACK, 1, "bptt sweep", s::sweep);
    return s;
  }

  static final class Sweeper extends Learner {
    private final Sweep sweep;

    Sweeper(Episode e) {
      super(e);
      sweep = new Sweep(e.net);
    }

    /** At the sequence end: δ from the last tick back to the first. */
    void sweep(long t) {
      sweep.run(e, t, e.start, e.start, null, 0);
    }

    /** The sweep at the end will carry it: add it to q_s. */
    @Override
    void injectPast(long t, long s, double[] dh, int off) {
      int o = e.hOff(s, 0);
      for (int i = 0, len = e.rows * e.net.n; i < len; i++) {
        e.qs[o + i] += dh[off + i];
      }
    }
  }
}
