package dev.plasticity.bptt;

import dev.plasticity.api.math.FiniteDifferences;
import java.util.function.Function;

/**
 * The exactness checks of the temporal algorithms on a {@link SequenceProblem}, in double:
 * RTRL against BPTT, SnAp-1 against BPTT on a diagonal recurrence, finite differences
 * against BPTT, and the mean of many UORO and KF-RTRL estimates against RTRL. The
 * gradient-equivalence scenario records them; the exactness tests assert their thresholds.
 */
final class GradientChecks {
  private GradientChecks() {}

  /** How far the mean of {@code runs} estimates lies from the exact gradient. */
  record Unbiasedness(double relative, double cosine) {}

  /** ‖RTRL − BPTT‖ / ‖BPTT‖. */
  static double rtrlVsBptt(SequenceProblem p) {
    return FiniteDifferences.relativeNormError(online(p, Rtrl.Influence::new), p.bptt());
  }

  /** ‖SnAp-1 − BPTT‖ / ‖BPTT‖ on {@code p} as it is (exact only when W_h is diagonal). */
  static double snap1VsBptt(SequenceProblem p) {
    return FiniteDifferences.relativeNormError(online(p, Snap1.Sparse::new), p.bptt());
  }

  /** ‖BPTT − central differences‖ / ‖central differences‖. */
  static double finiteDifferencesVsBptt(SequenceProblem p, double step) {
    return FiniteDifferences.relativeNormError(p.bptt(), FiniteDifferences.gradient(p::loss, p.net.w.clone(), step));
  }

  /** The mean of {@code runs} estimates of an online estimator against RTRL's gradient. */
  static Unbiasedness meanOfEstimates(SequenceProblem p, Function<Episode, Learner> estimator,
      int runs) {
    double[] exact = online(p, Rtrl.Influence::new);
    Episode e = p.episode(2);
    Learner l = estimator.apply(e);
    double[] mean = new double[e.grad.length];
    for (int r = 0; r < runs; r++) {
      p.drive(e, l, t -> {});
      for (int i = 0; i < mean.length; i++) {
        mean[i] += e.grad[i] / runs;
      }
    }
    return new Unbiasedness(FiniteDifferences.relativeNormError(mean, exact), cosine(mean, exact));
  }

  /** The gradient an online algorithm accumulates over the sequence. */
  static double[] online(SequenceProblem p, Function<Episode, Learner> algorithm) {
    Episode e = p.episode(2);
    p.drive(e, algorithm.apply(e), t -> {});
    return e.grad.clone();
  }

  static double cosine(double[] a, double[] b) {
    double ab = 0;
    double aa = 0;
    double bb = 0;
    for (int i = 0; i < a.length; i++) {
      ab += a[i] * b[i];
      aa += a[i] * a[i];
      bb += b[i] * b[i];
    }
    return ab / Math.sqrt(aa * bb);
  }
}
