package dev.plasticity.bptt;

import java.util.function.Function;
import java.util.function.ToDoubleFunction;

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
    return relativeError(online(p, Rtrl.Influence::new), p.bptt());
  }

  /** ‖SnAp-1 − BPTT‖ / ‖BPTT‖ on {@code p} as it is (exact only when W_h is diagonal). */
  static double snap1VsBptt(SequenceProblem p) {
    return relativeError(online(p, Snap1.Sparse::new), p.bptt());
  }

  /** ‖BPTT − central differences‖ / ‖central differences‖. */
  static double finiteDifferencesVsBptt(SequenceProblem p, double step) {
    return relativeError(p.bptt(), numeric(p::loss, p.net.w.clone(), step));
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
    return new Unbiasedness(relativeError(mean, exact), cosine(mean, exact));
  }

  /** The gradient an online algorithm accumulates over the sequence. */
  static double[] online(SequenceProblem p, Function<Episode, Learner> algorithm) {
    Episode e = p.episode(2);
    p.drive(e, algorithm.apply(e), t -> {});
    return e.grad.clone();
  }

  /** Central differences of {@code f} at {@code x} (x is restored afterwards). */
  static double[] numeric(ToDoubleFunction<double[]> f, double[] x, double step) {
    double[] g = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      double keep = x[i];
      x[i] = keep + step;
      double up = f.applyAsDouble(x);
      x[i] = keep - step;
      double down = f.applyAsDouble(x);
      x[i] = keep;
      g[i] = (up - down) / (2 * step);
    }
    return g;
  }

  /** ‖a − b‖ / ‖b‖. */
  static double relativeError(double[] a, double[] b) {
    double num = 0;
    double den = 0;
    for (int i = 0; i < a.length; i++) {
      num += (a[i] - b[i]) * (a[i] - b[i]);
      den += b[i] * b[i];
    }
    return Math.sqrt(num) / Math.max(Math.sqrt(den), Double.MIN_NORMAL);
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
