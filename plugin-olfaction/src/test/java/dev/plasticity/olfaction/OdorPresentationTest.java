package dev.plasticity.olfaction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plasticity.api.data.Data;
import dev.plasticity.api.math.Matrix;
import dev.plasticity.api.net.Population;
import dev.plasticity.api.net.Projection;
import dev.plasticity.api.sim.Timeline;
import dev.plasticity.testkit.MockRuntime;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class OdorPresentationTest {
  private static final KenyonCircuits FLY =
      new KenyonCircuits(new SparseBinary(3), List.of(2, 4), 0, 5, 10, KcCode.VALUES);

  private static MockRuntime runtime(Data data, int batch) {
    return MockRuntime.builder().layers(8, 3).data(data).batchSize(batch).present(false).train(false).build();
  }

  @Test
  void plansOneEpochPerRepeat() {
    Data data = Odours.integers(45, 8, 0, 1);
    assertEquals(new Timeline(5, 15), new OdorPresentation(3, 10, new RawRates(), null).plan(data));
    assertEquals(10, new OdorPresentation(3, 10, new RawRates(), null).batchCapacity(data));
  }

  @Test
  void buildsOneBiaslessCircuitPerHashLength() {
    MockRuntime rt = runtime(Odours.integers(40, 8, 0, 1), 10);
    rt.install(new OdorPresentation(2, 10, new MeanRate(100, true), FLY));
    for (int k : new int[] {2, 4}) {
      Population kc = rt.network().population("k=" + k);
      assertEquals(5 * k, kc.size());
      Projection p = rt.network().into(kc).get(0);
      assertNull(p.bias());
      assertEquals(rt.network().input(), p.source());
      assertFalse(p.weights().trainable());
    }
  }

  @Test
  void presentsNormalisedOdoursAndTheKenyonCellsHash() {
    MockRuntime rt = runtime(Odours.integers(40, 8, 0, 1), 10);
    rt.install(new OdorPresentation(2, 10, new MeanRate(100, true), FLY));
    rt.runTicks(1);
    Matrix pn = rt.network().input().activity();
    for (int r = 0; r < pn.rows(); r++) {
      double sum = 0;
      for (int c = 0; c < pn.cols(); c++) {
        sum += pn.get(r, c);
      }
      assertTrue(Math.abs(sum / pn.cols() - 100) <= 1, "row mean " + sum / pn.cols());
    }
    Matrix kc = rt.network().population("k=4").activity();
    for (int r = 0; r < kc.rows(); r++) {
      int active = 0;
      for (int c = 0; c < kc.cols(); c++) {
        active += kc.get(r, c) != 0 ? 1 : 0;
      }
      assertTrue(active <= 4 && active > 0, "row " + r + " has " + active + " active cells");
    }
  }

  @Test
  void drawsFreshWiringForEveryRepeat() {
    MockRuntime rt = runtime(Odours.integers(40, 8, 0, 1), 10);
    rt.install(new OdorPresentation(2, 10, new RawRates(), FLY));
    Matrix w = rt.parameters().get("l0->k=2.W").value();
    rt.runTicks(1);
    float[] first = w.data().clone();
    rt.runTicks(3);
    assertTrue(Arrays.equals(first, w.data()), "the wiring stays fixed within a repeat");
    rt.runTicks(1);
    assertFalse(Arrays.equals(first, w.data()), "a new repeat draws new wiring");
    for (int r = 0; r < w.rows(); r++) {
      double ones = 0;
      for (int c = 0; c < w.cols(); c++) {
        ones += w.get(r, c);
      }
      assertEquals(3, ones);
    }
  }
}
