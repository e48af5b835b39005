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

  private void check(TemporalCredit credit) {
    check(credit, 0);
  }

  private void check(TemporalCredit credit, int top) {
    Map<String, float[]> analytic = new LinkedHashMap<>();
    // Keeps the gradient of the first (unperturbed) run only; the perturbed runs call it too.
    Optimizer capture = p -> {
      analytic.putIfAbsent(p.name(), p.grad().data().clone());
      p.consumeGradient();
    };
    Temporal cfg = new Temporal(new DelayedRecall(GAP, 4), new Elman(4, 1.5, false),
        new AttentionMemory(2, 3, top), credit, capture, 3, 1, 1, 3, 0);
    lossAfterOneSequence(cfg, null, 0, 0);
    float eps = 1f / 512; // exact in float, so the perturbation itself is not rounded
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
