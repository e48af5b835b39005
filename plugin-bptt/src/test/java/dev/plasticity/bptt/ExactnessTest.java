package dev.plasticity.bptt;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plasticity.api.math.Rng;
import dev.plasticity.testkit.GradientCheck;
import org.junit.jupiter.api.Test;

/**
 * Done-when 1: the gradients of every algorithm against BPTT, in double, through the same
 * {@link GradientChecks} that the gradient-equivalence scenario records. Finite
 * differences come from the testkit here, independently of the plugin's own.
 */
class ExactnessTest {
  private final SequenceProblem h = SequenceProblem.random(8, 3, 2, 20, 5, 1.2, false);

  @Test
  void finiteDifferencesAgreeWithBptt() {
    double[] g = h.bptt();
    double[] numeric = GradientCheck.numeric(h::loss, h.net.w.clone(), 1e-5);
    double rel = GradientCheck.relativeNormError(g, numeric);
    System.out.printf("finite differences vs BPTT: relative %.3g%n", rel);
    assertTrue(rel < 1e-6, "relative error " + rel);
    assertTrue(Math.abs(GradientChecks.finiteDifferencesVsBptt(h, 1e-5) - rel) < 1e-12,
        "the scenario's check computes the same number");
  }

  @Test
  void rtrlEqualsBptt() {
    double rel = GradientChecks.rtrlVsBptt(h);
    System.out.printf("RTRL vs BPTT: relative %.3g%n", rel);
    assertTrue(rel < 1e-9, "relative error " + rel);
  }

  @Test
  void snap1EqualsBpttWhenTheRecurrenceIsDiagonal() {
    SequenceProblem diag = SequenceProblem.random(8, 3, 2, 20, 6, 1.2, true);
    double rel = GradientChecks.snap1VsBptt(diag);
    System.out.printf("SnAp-1 vs BPTT (diagonal W_h): relative %.3g%n", rel);
    assertTrue(rel < 1e-9, "relative error " + rel);
    assertTrue(GradientChecks.snap1VsBptt(h.diagonal()) < 1e-9, "a problem cut to its diagonal too");
  }

  @Test
  void snap1IsBiasedWhenTheRecurrenceIsDense() {
    assertTrue(GradientChecks.snap1VsBptt(h) > 1e-3, "a dense W_h must make SnAp-1 differ");
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
    Rng noise = new Rng(99);
    checkUnbiased("UORO", e -> new Uoro.Estimator(e, 1e-7, SignSource.of(noise)));
  }

  @Test
  void kfRtrlIsUnbiased() {
    Rng noise = new Rng(98);
    checkUnbiased("KF-RTRL", e -> new KfRtrl.Factored(e, 1e-7, SignSource.of(noise)));
  }

  /**
   * An attention memory whose read is added to the state (Ke et al.'s h' = h + r): the
   * backward pass against central differences of the loss, for every parameter (cell,
   * attention, readout), over the whole sequence and with the recurrence cut every four
   * ticks (the differences then hold each window's entering state fixed), dense and SAB,
   * written every tick and every second tick, the memory storing h' or the cell's ĥ. The GradientChecks computation, with the
   * testkit's differences as well.
   */
  @Test
  void feedbackMemoryMatchesFiniteDifferences() {
    for (int top : new int[] {0, 2}) {
      for (int every : new int[] {1, 2}) {
        for (int window : new int[] {12, 4}) {
          checkFeedback(top, every, window, false);
          checkFeedback(top, every, window, true);
        }
      }
    }
  }

  private static void checkFeedback(int top, int every, int window, boolean storesCell) {
    FeedbackProblem p = FeedbackProblem.random(5, 3, 4, 2, 12, every, top, window, 1.2, 7);
    p.storesCell = storesCell;
    // Every parameter (cell, attention, readout), the differences taken of the loss
    // truncated as the backward pass claims.
    double rel = GradientCheck.relativeNormError(p.gradient(), GradientCheck.numeric(p::loss, p.parameters(), 1e-6));
    String what = "top " + top + ", every " + every + ", window " + window
        + (storesCell ? ", storing the cell" : ", storing the state");
    System.out.printf("feedback memory (%s) vs finite differences: relative %.3g%n", what, rel);
    assertTrue(rel < 1e-7, what + ": relative error " + rel);
  }

  @Test
  void feedbackMemoryCutIsATruncation() {
    // The cut must matter: the truncated gradient differs from the whole-sequence one.
    double[] whole = FeedbackProblem.random(5, 3, 4, 2, 12, 1, 2, 12, 1.2, 7).gradient();
    double[] cut = FeedbackProblem.random(5, 3, 4, 2, 12, 1, 2, 4, 1.2, 7).gradient();
    assertTrue(GradientCheck.relativeNormError(cut, whole) > 1e-3);
  }

  /** The mean of 10,000 estimates within 5 % of RTRL's gradient, with cosine ≥ 0.99. */
  private void checkUnbiased(String name, java.util.function.Function<Episode, Learner> make) {
    SequenceProblem small = SequenceProblem.random(4, 2, 1, 6, 8, 1.0, false);
    var u = GradientChecks.meanOfEstimates(small, make, 10_000);
    System.out.printf("%s: mean of 10000 estimates vs RTRL: relative %.4f, cosine %.5f%n",
        name, u.relative(), u.cosine());
    assertTrue(u.relative() < 0.05, name + " relative error " + u.relative());
    assertTrue(u.cosine() >= 0.99, name + " cosine " + u.cosine());
  }
}
