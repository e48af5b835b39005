package dev.plasticity.bptt;

import dev.plasticity.api.math.Rng;
import java.util.List;

/**
 * One sequence of a temporal credit algorithm on a fixed random problem (d = 1, one row),
 * ready to be timed again and again: the entry point of the bench module's cost-scaling
 * benchmark, which must not see the algorithms' internals.
 */
public final class CostProbe {
  /** The algorithms a probe can run; tbptt10 sweeps every 10 ticks, 10 back. */
  public static final List<String> ALGORITHMS =
      List.of("bptt", "tbptt10", "rtrl", "uoro", "kf-rtrl", "snap-1", "e-prop");

  private final Runnable sequence;
  private final long traceDoubles;

  private CostProbe(Runnable sequence, long traceDoubles) {
    this.sequence = sequence;
    this.traceDoubles = traceDoubles;
  }

  /** A probe of {@code algorithm} (one of {@link #ALGORITHMS}) at n units over {@code steps} ticks. */
  public static CostProbe of(String algorithm, int n, int steps) {
    SequenceProblem p = SequenceProblem.random(n, 1, 1, steps, 1, 1.0, false);
    Episode e = p.episode(steps);
    Learner l = switch (algorithm) {
      case "bptt" -> new Bptt.Sweeper(e);
      case "tbptt10" -> new Tbptt.Truncated(e, new Tbptt(10, 10), steps);
      case "rtrl" -> new Rtrl.Influence(e);
      case "uoro" -> new Uoro.Estimator(e, 1e-7, SignSource.of(new Rng(1)));
      case "kf-rtrl" -> new KfRtrl.Factored(e, 1e-7, SignSource.of(new Rng(2)));
      case "snap-1" -> new Snap1.Sparse(e);
      case "e-prop" -> new Eprop.Eligibility(e);
      default -> throw new IllegalArgumentException(
          "unknown algorithm " + algorithm + "; known: " + ALGORITHMS);
    };
    // The algorithms that sweep keep x, h and q of every tick; the online ones only traces.
    boolean sweeps = l instanceof Bptt.Sweeper || l instanceof Tbptt.Truncated;
    long doubles = sweeps ? 3L * n * steps : 0;
    for (double[] tr : l.traces()) {
      doubles += tr.length;
    }
    Runnable run = () -> p.drive(e, l, s -> {
      if (l instanceof Bptt.Sweeper b && s == steps - 1) {
        b.sweep(s);
      } else if (l instanceof Tbptt.Truncated tr && ((s + 1) % 10 == 0 || s == steps - 1)) {
        tr.sweep(s);
      }
    });
    return new CostProbe(run, doubles);
  }

  /** Runs the sequence once: forward, credit and the algorithm's sweeps. */
  public void run() {
    sequence.run();
  }

  /** Doubles the algorithm keeps across ticks (its history or its traces). */
  public long traceDoubles() {
    return traceDoubles;
  }
}
