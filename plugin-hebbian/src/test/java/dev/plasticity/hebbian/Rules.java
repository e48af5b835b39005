package dev.plasticity.hebbian;

import dev.plasticity.api.math.Matrix;
import dev.plasticity.testkit.MockRuntime;

/** Shared test set-up: a mocked runtime that presents generated input to a rule. */
final class Rules {
  private Rules() {}

  /** A mocked runtime with only the Hebbian schedule's events (no minibatch, no training). */
  static MockRuntime presenting(Presentation p, long seed) {
    return MockRuntime.builder().seed(seed).present(false).train(false).build().install(p);
  }

  /**
   * Runs the whole presentation. The mocked runtime's timeline is its own minibatch one (an
   * evaluation every few ticks), so metrics record more often than in a scenario; the last
   * value is the end of the run.
   */
  static MockRuntime runAll(MockRuntime rt, Presentation p) {
    return rt.runTicks((long) p.batchesPerEpoch() * p.epochs());
  }

  static Matrix weights(MockRuntime rt) {
    return rt.parameters().get(HebbianRule.WEIGHTS).value();
  }

  static Matrix truth(MockRuntime rt) {
    return rt.parameters().get(HebbianInput.TRUTH).value();
  }

  /** Runs {@code rule}'s learner once on {@code x}, from the weights {@code w0} (units × dim). */
  static Matrix afterOneUpdate(HebbianRule rule, Matrix w0, Matrix x) {
    return weights(oneUpdate(rule, w0, x));
  }

  /** {@link #afterOneUpdate}, returning the runtime (its other parameters too). */
  static MockRuntime oneUpdate(HebbianRule rule, Matrix w0, Matrix x) {
    MockRuntime rt = MockRuntime.builder().present(false).train(false).build();
    HebbianRule.Learner l = rule.install(rt.context(), w0.cols(), x.rows());
    weights(rt).copyFrom(w0);
    l.learn(x);
    return rt;
  }
}
