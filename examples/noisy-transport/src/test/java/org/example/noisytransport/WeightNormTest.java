package org.example.noisytransport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verify;

import dev.plasticity.api.math.Ops;
import dev.plasticity.api.sim.Phase;
import dev.plasticity.testkit.MockRuntime;
import org.junit.jupiter.api.Test;

/** The example metric records each projection's norm once per epoch, at the epoch's end. */
class WeightNormTest {
  @Test
  void recordsTheNormOfEveryProjectionAtEachEpochEnd() {
    MockRuntime rt = MockRuntime.builder().layers(4, 16, 3).build().install(new WeightNorm(false));
    rt.runEpochs(2);
    assertEquals(2, rt.recorded("weight-norm/l0->l1").size());
    assertEquals(Ops.norm(rt.parameters().get("l0->l1.W").value()), rt.last("weight-norm/l0->l1"), 1e-12);
    verify(rt.scheduler()).every(eq(rt.timeline().firstEpochEnd()), eq(rt.timeline().ticksPerEpoch()),
        eq(Phase.CONTROL), anyInt(), eq("weight-norm"), any());
  }

  @Test
  void rmsDividesByTheSquareRootOfTheEntries() {
    MockRuntime rt = MockRuntime.builder().layers(4, 16, 3).build().install(new WeightNorm(true));
    rt.runEpochs(1);
    var w = rt.parameters().get("l1->l2.W").value();
    assertEquals(Ops.norm(w) / Math.sqrt(w.size()), rt.last("weight-norm/l1->l2"), 1e-12);
  }
}
