package dev.plasticity.bptt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plasticity.api.learn.Optimizer;
import dev.plasticity.testkit.GradientCheck;
import dev.plasticity.testkit.MockRuntime;
import org.junit.jupiter.api.Test;

/**
 * Truncated BPTT(5) with the loss only at the last tick cannot see further back than five
 * ticks: its gradient is the hand-truncated one (θ acting only on the last five ticks), and
 * on delayed recall the input weights of the symbol, which is present only at t = 0, get
 * exactly zero gradient. Whatever tbptt(5) recalls across a longer gap, it recalls through
 * the recurrent dynamics, not through the gradient.
 */
class TruncationTest {
  private static final int STEPS = 20;

  @Test
  void tbpttFiveEqualsTheGradientOfTheLastFiveTicksOnly() {
    SequenceProblem h = SequenceProblem.random(6, 3, 2, STEPS, 11, 1.0, false);
    h.lossFrom = STEPS - 1;
    Episode e = h.episode(STEPS);
    Tbptt.Truncated l = new Tbptt.Truncated(e, new Tbptt(5, 5), STEPS);
    h.drive(e, l, t -> {
      if ((t + 1) % 5 == 0 || t == STEPS - 1) {
        l.sweep(t);
      }
    });
    double[] truncated = GradientCheck.numeric(th -> h.loss(th, STEPS - 5), h.net.w.clone(), 1e-5);
    double rel = GradientCheck.relativeNormError(e.grad, truncated);
    assertTrue(rel < 1e-8, "tbptt(5) vs hand-truncated finite differences: relative " + rel);
    // ... and it is not the full gradient, which reaches further back.
    double[] full = h.bptt();
    assertTrue(GradientCheck.relativeNormError(e.grad, full) > 1e-3, "the gap must matter");
  }

  @Test
  void onDelayedRecallTheSymbolsInputWeightsGetNoGradientFromTbpttFive() {
    int gap = 12;
    float[] truncated = wxGradient(new Tbptt(5, 5), gap);
    float[] full = wxGradient(new Bptt(), gap);
    int symbols = 4;
    int d = symbols + 2;
    double fullSymbol = 0;
    for (int i = 0; i < truncated.length; i++) {
      if (i % d < symbols) {
        assertEquals(0f, truncated[i], "W_x[" + i / d + "][" + i % d + "]");
        fullSymbol += Math.abs(full[i]);
      }
    }
    assertTrue(fullSymbol > 1e-6, "full BPTT must reach the symbol, got " + fullSymbol);
  }

  /** The W_x gradient of one batch of delayed-recall sequences. */
  private static float[] wxGradient(TemporalCredit credit, int gap) {
    float[][] captured = new float[1][];
    Optimizer capture = p -> {
      if (p.name().equals("rnn.Wx")) {
        captured[0] = p.grad().data().clone();
      }
      p.consumeGradient();
    };
    Temporal cfg = new Temporal(new DelayedRecall(gap, 4), new Elman(8, 1.0, false), null, credit,
        capture, 4, 1, 1, 4, 0);
    MockRuntime rt = MockRuntime.builder().present(false).train(false).seed(5).build();
    rt.install(cfg);
    rt.runTicks(gap + 1);
    return captured[0];
  }
}
