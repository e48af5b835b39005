package dev.plasticity.alignment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plasticity.api.learn.CreditRule;
import dev.plasticity.api.learn.Initializers;
import dev.plasticity.api.learn.Parameter;
import dev.plasticity.testkit.MockRuntime;
import org.junit.jupiter.api.Test;

/** The alignment metric on the mocked runtime. */
class AlignmentAnglesTest {
  private static final Initializers.XavierUniform XAVIER = new Initializers.XavierUniform(1);

  private static MockRuntime run(CreditRule rule, boolean withMetric, int epochs) {
    MockRuntime rt = MockRuntime.builder().layers(4, 16, 16, 3).seed(3).build().install(rule);
    if (withMetric) {
      rt.install(new AlignmentAngles());
    }
    rt.runEpochs(epochs);
    return rt;
  }

  @Test
  void backpropHasAZeroGradientAngleAndNoB() {
    MockRuntime rt = run(new Backprop(), true, 2);
    assertEquals(2, rt.recorded("gradient-angle/l0->l1").size());
    assertTrue(rt.last("gradient-angle/l0->l1") < 0.1, "" + rt.last("gradient-angle/l0->l1"));
    assertTrue(rt.last("gradient-angle/l2->l3") < 0.1);
    assertFalse(rt.recordedNames().contains("weight-angle/l2->l3"));
  }

  @Test
  void feedbackAlignmentWithBEqualToWHasZeroAngles() {
    MockRuntime rt = MockRuntime.builder().layers(4, 16, 16, 3).seed(3).build()
        .install(new FeedbackAlignment(XAVIER)).install(new AlignmentAngles());
    for (String p : new String[] {"l1->l2", "l2->l3"}) {
      rt.parameters().get(p + ".B").value().copyFrom(rt.parameters().get(p + ".W").value());
    }
    rt.runEpochs(1);
    // B stays at the initial W while W moves; after one epoch the angles are small, not zero
    assertTrue(rt.last("weight-angle/l2->l3") < 30);
    assertTrue(rt.last("projection-angle/l2->l3") < 30);
    assertTrue(rt.last("b-norm-ratio/l2->l3") > 0.5 && rt.last("b-norm-ratio/l2->l3") < 2);
  }

  @Test
  void feedbackAlignmentStartsNearNinetyDegreesAndRecordsEveryName() {
    MockRuntime rt = run(new FeedbackAlignment(XAVIER), true, 1);
    for (String name : new String[] {"weight-angle/l1->l2", "weight-angle/l2->l3", "projection-angle/l2->l3",
        "gradient-angle/l0->l1", "gradient-angle/l1->l2", "gradient-angle/l2->l3", "b-norm-ratio/l1->l2"}) {
      assertTrue(rt.recordedNames().contains(name), name + " in " + rt.recordedNames());
    }
    assertTrue(rt.last("gradient-angle/l0->l1") > 5, "FA is not backprop: " + rt.last("gradient-angle/l0->l1"));
    assertTrue(rt.last("gradient-angle/l2->l3") < 1e-3, "the output layer's gradient is exact");
  }

  @Test
  void symmetricAlignmentAnglesFall() {
    MockRuntime rt = run(new SymmetricAlignment(0.5, 1.0, 0, null), true, 50);
    var angles = rt.recorded("weight-angle/l1->l2");
    assertTrue(angles.get(0) > angles.get(angles.size() - 1));
    assertTrue(rt.last("weight-angle/l1->l2") < 5, "" + rt.last("weight-angle/l1->l2"));
    assertTrue(rt.last("gradient-angle/l0->l1") < 10, "" + rt.last("gradient-angle/l0->l1"));
  }

  @Test
  void theProbeLeavesTrainingUntouched() {
    for (CreditRule rule : new CreditRule[] {new FeedbackAlignment(XAVIER), new KolenPollack(1e-4, XAVIER, null),
        new DirectFeedbackAlignment(XAVIER)}) {
      MockRuntime with = run(rule, true, 3);
      MockRuntime without = run(rule, false, 3);
      for (Parameter p : with.parameters().all()) {
        assertArrayEquals(without.parameters().get(p.name()).value().data(), p.value().data(), 0f,
            rule + ": " + p.name());
        assertEquals(without.parameters().get(p.name()).updates(), p.updates(), p.name());
      }
    }
  }

  @Test
  void directFeedbackAlignmentIsComparedWhereItsBStandsForAW() {
    MockRuntime rt = run(new DirectFeedbackAlignment(XAVIER), true, 2);
    // l2 feeds the output: its direct B has W's shape and is compared; l1's is not
    assertTrue(rt.recordedNames().contains("weight-angle/l2->l3"), rt.recordedNames().toString());
    assertFalse(rt.recordedNames().contains("weight-angle/l1->l2"));
    assertTrue(rt.last("gradient-angle/l0->l1") > 5, "DFA is not backprop");
    assertTrue(rt.last("gradient-angle/l0->l1") < 120);
  }
}
