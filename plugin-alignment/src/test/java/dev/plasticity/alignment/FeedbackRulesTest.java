package dev.plasticity.alignment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verify;

import dev.plasticity.api.learn.Initializers;
import dev.plasticity.api.learn.Parameter;
import dev.plasticity.api.learn.Sgd;
import dev.plasticity.api.math.Matrix;
import dev.plasticity.api.math.Ops;
import dev.plasticity.api.sim.Phase;
import dev.plasticity.testkit.MockRuntime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What each feedback rule does to B, on the testkit's mocked runtime. */
class FeedbackRulesTest {
  private static final Initializers.XavierUniform XAVIER = new Initializers.XavierUniform(1);

  private static Matrix w(MockRuntime rt, String proj) {
    return rt.parameters().get(proj + ".W").value();
  }

  private static Parameter b(MockRuntime rt, String proj) {
    return rt.parameters().get(proj + ".B");
  }

  @Test
  void feedbackAlignmentRegistersFixedBOnlyForHiddenSourcesAndKeepsItFixed() {
    MockRuntime rt = MockRuntime.builder().layers(4, 16, 16, 3).build().install(new FeedbackAlignment(XAVIER));
    assertFalse(rt.parameters().contains("l0->l1.B"), "the input needs no error");
    Parameter b = b(rt, "l2->l3");
    assertFalse(b.trainable());
    float[] before = b.value().data().clone();
    rt.runTicks(10);
    assertArrayEquals(before, b.value().data(), 0f);
    verify(rt.scheduler()).every(eq(0L), eq(1L), eq(Phase.FEEDBACK), anyInt(), anyString(), any());
    assertTrue(Ops.angleDegrees(w(rt, "l2->l3"), b.value()) > 45, "random B starts far from W");
  }

  @Test
  void uniformSignFeedbackIsTheSignOfWTimesAConstant() {
    MockRuntime rt = MockRuntime.builder().layers(4, 16, 3).build().install(new UniformSignFeedback());
    rt.runTicks(3);
    // B is rebuilt in FEEDBACK from the W of that step, before PLASTICITY moves W
    Matrix wBefore = w(rt, "l1->l2").copy();
    rt.runTicks(1);
    float scale = (float) Math.sqrt(2.0 / (16 + 3));
    Matrix b = b(rt, "l1->l2").value();
    for (int i = 0; i < b.size(); i++) {
      assertEquals(Math.signum(wBefore.data()[i]) * scale, b.data()[i], 0f);
    }
  }

  @Test
  void randomSignFeedbackFollowsTheSignsOfW() {
    for (var rule : List.of(new FixedRandomSignFeedback(), new BatchRandomSignFeedback())) {
      MockRuntime rt = MockRuntime.builder().layers(4, 16, 3).present(true).train(false).build().install(rule);
      // without training W stays put, so B must carry W's signs exactly
      rt.network().forwardAll();
      rt.runTicks(1);
      Matrix w = w(rt, "l1->l2");
      Matrix b1 = b(rt, "l1->l2").value().copy();
      for (int i = 0; i < w.size(); i++) {
        assertEquals(Math.signum(w.data()[i]), Math.signum(b1.data()[i]), rule + " at " + i);
      }
      rt.runTicks(1);
      Matrix b2 = b(rt, "l1->l2").value();
      boolean same = java.util.Arrays.equals(b1.data(), b2.data());
      assertEquals(rule instanceof FixedRandomSignFeedback, same, rule + ": magnitudes fixed or redrawn");
    }
  }

  @Test
  void kolenPollackShrinksWMinusBByOneMinusEtaLambdaPerStep() {
    double lr = 0.1;
    double decay = 0.05;
    MockRuntime rt = MockRuntime.builder().layers(4, 16, 3).optimizer(new Sgd(lr, 0, 0)).build()
        .install(new KolenPollack(decay, XAVIER, null));
    Matrix diff = w(rt, "l1->l2").copy();
    Ops.axpy(-1f, b(rt, "l1->l2").value(), diff);
    double start = Ops.norm(diff);
    int steps = 40;
    rt.runTicks(steps);
    diff.copyFrom(w(rt, "l1->l2"));
    Ops.axpy(-1f, b(rt, "l1->l2").value(), diff);
    double expected = start * Math.pow(1 - lr * decay, steps);
    assertEquals(expected, Ops.norm(diff), 1e-3 * expected);
    assertTrue(b(rt, "l1->l2").trainable());
  }

  @Test
  void symmetricAlignmentDrivesBToW() {
    MockRuntime rt = MockRuntime.builder().layers(4, 16, 3).build()
        .install(new SymmetricAlignment(0.5, 1.0, 0, null));
    double start = Ops.angleDegrees(w(rt, "l1->l2"), b(rt, "l1->l2").value());
    rt.runTicks(200);
    double end = Ops.angleDegrees(w(rt, "l1->l2"), b(rt, "l1->l2").value());
    assertTrue(start > 45 && end < 5, "weight angle went from " + start + " to " + end);
  }

  @Test
  void noiseChangesTheUpdatesOfBAndOnlyThroughItsOwnStream() {
    float[] quiet = trainedB(0);
    float[] noisy = trainedB(0.05);
    assertFalse(java.util.Arrays.equals(quiet, noisy), "noise had no effect");
    assertArrayEquals(noisy, trainedB(0.05), 0f, "noise is seeded");
  }

  private static float[] trainedB(double noise) {
    MockRuntime rt = MockRuntime.builder().layers(4, 16, 3).build()
        .install(new SymmetricAlignment(0.5, 1.0, noise, null));
    rt.runTicks(20);
    return b(rt, "l1->l2").value().data().clone();
  }

  @Test
  void bTakesItsOwnOptimizerWhenGiven() {
    Sgd own = new Sgd(0.5, 0, 0);
    MockRuntime rt = MockRuntime.builder().layers(4, 16, 3).build()
        .install(new KuninAlignment(List.of(new KuninTerm(Primitive.DECAY, 1)), 0, XAVIER, own));
    assertEquals(own, b(rt, "l1->l2").optimizer());
    double before = Ops.norm(b(rt, "l1->l2").value());
    rt.runTicks(1);
    // decay alone: ∇B = 2B, so one step of lr 0.5 zeroes B
    assertEquals(0, Ops.norm(b(rt, "l1->l2").value()), 1e-6 * before);
  }
}
