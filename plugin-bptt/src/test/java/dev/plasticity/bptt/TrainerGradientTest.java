package dev.plasticity.bptt;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plasticity.api.learn.Optimizer;
import dev.plasticity.api.learn.Parameter;
import dev.plasticity.testkit.GradientCheck;
import dev.plasticity.testkit.MockRuntime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * End to end through the trainer and the mocked runtime: the gradient of one batch of
 * delayed-recall sequences, with attention memory, of every parameter (cell, readout,
 * attention) against central finite differences of the recorded loss. This covers the
 * wiring: q_t from the readout, the read's backward, and attention credit handed to the
 * algorithm for states stored earlier.
 */
class TrainerGradientTest {
  private static final int GAP = 6;

  @Test
  void bpttWithAttentionMatchesFiniteDifferences() {
    check(new Bptt());
  }

  @Test
  void tbpttReachingTheSequenceStartMatchesToo() {
    check(new Tbptt(2, GAP + 1));
  }

  @Test
  void sparseAttentionMatchesToo() {
    check(new Bptt(), 2);
  }

  @Test
  void feedbackIntoTheRecurrenceMatchesToo() {
    check(new Bptt(), 0, true);
  }

  @Test
  void sparseFeedbackMatchesToo() {
    check(new Bptt(), 2, true);
  }

  @Test
  void sparseFeedbackUnderTbpttSpanningTheSequenceMatchesToo() {
    check(new Tbptt(GAP + 1, GAP + 1), 2, true);
  }

  private void check(TemporalCredit credit) {
    check(credit, 0);
  }

  private void check(TemporalCredit credit, int top) {
    check(credit, top, false);
  }

  private void check(TemporalCredit credit, int top, boolean feedback) {
    Map<String, float[]> analytic = new LinkedHashMap<>();
    // Keeps the gradient of the first (unperturbed) run only; the perturbed runs call it too.
    Optimizer capture = p -> {
      analytic.putIfAbsent(p.name(), p.grad().data().clone());
      p.consumeGradient();
    };
    Temporal cfg = new Temporal(new DelayedRecall(GAP, 4), new Elman(4, 1.5, false),
        new AttentionMemory(2, 3, top, feedback), credit, capture, 3, 1, 1, 3, 0);
    lossAfterOneSequence(cfg, null, 0, 0);
    // Exact in float, so the perturbation itself is not rounded. The read added to the state
    // is not squashed by tanh, so the loss curves more: central differences need a smaller step.
    float eps = feedback ? 1f / 4096 : 1f / 512;
    List<Double> a = new ArrayList<>();
    List<Double> numeric = new ArrayList<>();
    for (Map.Entry<String, float[]> e : analytic.entrySet()) {
      int from = a.size();
      for (int i = 0; i < e.getValue().length; i++) {
        double up = lossAfterOneSequence(cfg, e.getKey(), i, eps);
        double down = lossAfterOneSequence(cfg, e.getKey(), i, -eps);
        numeric.add((up - down) / (2 * eps));
        a.add((double) e.getValue()[i]);
      }
      double part = GradientCheck.relativeNormError(
          a.subList(from, a.size()).stream().mapToDouble(Double::doubleValue).toArray(),
          numeric.subList(from, a.size()).stream().mapToDouble(Double::doubleValue).toArray());
      assertTrue(part < 1e-4, credit + ": " + e.getKey() + " relative error " + part);
    }
    double rel = GradientCheck.relativeNormError(
        a.stream().mapToDouble(Double::doubleValue).toArray(),
        numeric.stream().mapToDouble(Double::doubleValue).toArray());
    System.out.printf("trainer with attention (%s, top %d, feedback %b) vs finite differences: relative %.3g%n",
        credit, top, feedback, rel);
    assertTrue(rel < 1e-4, credit + ": relative error " + rel + " over " + a.size() + " parameters");
  }

  /** Mean loss of the first batch of sequences with parameter {@code name}[i] moved by delta. */
  private static double lossAfterOneSequence(Temporal cfg, String name, int i, float delta) {
    MockRuntime rt = MockRuntime.builder().present(false).train(false).seed(3).build();
    Trainer tr = new Trainer(cfg, rt.context());
    tr.install();
    if (name != null) {
      Parameter p = rt.parameters().get(name);
      p.value().data()[i] += delta;
      tr.load();
    }
    rt.runTicks(GAP + 1);
    return rt.recorded("train-loss").get(0);
  }
}
