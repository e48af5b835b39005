package dev.plasticity.bptt;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plasticity.api.math.Rng;
import dev.plasticity.testkit.GradientCheck;
import org.junit.jupiter.api.Test;

/** Done-when 1: the gradients of every algorithm against BPTT, in double. */
class ExactnessTest {
  private final Harness h = new Harness(8, 3, 2, 20, 5, 1.2, false);

  @Test
  void finiteDifferencesAgreeWithBptt() {
    double[] g = h.bptt();
    double[] numeric = GradientCheck.numeric(h::loss, h.net.w.clone(), 1e-5);
    double rel = GradientCheck.relativeNormError(g, numeric);
    System.out.printf("finite differences vs BPTT: relative %.3g%n", rel);
    assertTrue(rel < 1e-6, "relative error " + rel);
  }

  @Test
  void rtrlEqualsBptt() {
    double[] g = h.bptt();
    Episode e = h.episode(2);
    h.drive(e, new Rtrl.Influence(e), t -> {});
    double rel = GradientCheck.relativeNormError(e.grad, g);
    System.out.printf("RTRL vs BPTT: relative %.3g%n", rel);
    assertTrue(rel < 1e-9, "relative error " + rel);
  }

  @Test
  void snap1EqualsBpttWhenTheRecurrenceIsDiagonal() {
    Harness diag = new Harness(8, 3, 2, 20, 6, 1.2, true);
    double[] g = diag.bptt();
    Episode e = diag.episode(2);
    diag.drive(e, new Snap1.Sparse(e), t -> {});
    double rel = GradientCheck.relativeNormError(e.grad, g);
    System.out.printf("SnAp-1 vs BPTT (diagonal W_h): relative %.3g%n", rel);
    assertTrue(rel < 1e-9, "relative error " + rel);
  }

  @Test
  void snap1IsBiasedWhenTheRecurrenceIsDense() {
    double[] g = h.bptt();
    Episode e = h.episode(2);
    h.drive(e, new Snap1.Sparse(e), t -> {});
    assertTrue(GradientCheck.relativeNormError(e.grad, g) > 1e-3, "a dense W_h must make SnAp-1 differ");
  }

  @Test
  void tbpttReachingTheWholeSequenceEqualsBptt() {
    double[] g = h.bptt();
    Episode e = h.episode(h.steps);
    Tbptt.Truncated l = new Tbptt.Truncated(e, new Tbptt(4, h.steps), h.steps);
    h.drive(e, l, t -> {
      if ((t + 1) % 4 == 0 || t == h.steps - 1) {
        l.sweep(t);
      }
    });
    assertTrue(GradientCheck.relativeNormError(e.grad, g) < 1e-12);
  }

  @Test
  void tbpttOneStepEqualsSymmetricEprop() {
    Episode a = h.episode(h.steps);
    Tbptt.Truncated l = new Tbptt.Truncated(a, new Tbptt(1, 1), h.steps);
    h.drive(a, l, l::sweep);
    Episode b = h.episode(2);
    h.drive(b, new Eprop.Eligibility(b), t -> {});
    assertTrue(GradientCheck.relativeNormError(b.grad, a.grad) < 1e-12);
  }

  @Test
  void uoroIsUnbiased() {
    checkUnbiased("UORO", e -> new Uoro.Estimator(e, 1e-7, SignSource.of(new Rng(99))));
  }

  @Test
  void kfRtrlIsUnbiased() {
    checkUnbiased("KF-RTRL", e -> new KfRtrl.Factored(e, 1e-7, SignSource.of(new Rng(98))));
  }

  /** The mean of 10,000 estimates within 5 % of RTRL's gradient, with cosine ≥ 0.99. */
  private void checkUnbiased(String name, java.util.function.Function<Episode, Learner> make) {
    Harness small = new Harness(4, 2, 1, 6, 8, 1.0, false);
    Episode exact = small.episode(2);
    small.drive(exact, new Rtrl.Influence(exact), t -> {});
    Episode e = small.episode(2);
    Learner l = make.apply(e);
    double[] mean = new double[e.grad.length];
    int runs = 10_000;
    for (int r = 0; r < runs; r++) {
      small.drive(e, l, t -> {});
      for (int i = 0; i < mean.length; i++) {
        mean[i] += e.grad[i] / runs;
      }
    }
    double rel = GradientCheck.relativeNormError(mean, exact.grad);
    double cos = Harness.cosine(mean, exact.grad);
    System.out.printf("%s: mean of %d estimates vs RTRL: relative %.4f, cosine %.5f%n",
        name, runs, rel, cos);
    assertTrue(rel < 0.05, name + " relative error " + rel);
    assertTrue(cos >= 0.99, name + " cosine " + cos);
  }
}
