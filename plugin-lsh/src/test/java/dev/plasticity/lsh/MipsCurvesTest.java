package dev.plasticity.lsh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plasticity.api.data.Data;
import dev.plasticity.api.sim.Curve;
import dev.plasticity.api.sim.Recorder;
import dev.plasticity.testkit.Fixtures;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The precision–recall curves handed to the runtime are the precisions recorded as metrics. */
class MipsCurvesTest {
  @Test
  void eachKAndTGivesOneCurveOfTheRecordedPrecisions() throws Exception {
    Data data = new LatentFactors(30, 60, 5, 3, 0.2, 1, 2, 1).load(null);
    MipsPrecision spec = new MipsPrecision(new SimpleLsh(), List.of(8, 16), List.of(1, 5), 10);
    Map<String, Double> values = new HashMap<>();
    List<Curve> curves = new ArrayList<>();
    Recorder rec = new Recorder() {
      @Override
      public void record(String name, double value) {
        values.put(name, value);
      }

      @Override
      public void curve(Curve c) {
        curves.add(c);
      }
    };
    new MipsRanking(spec, data, Fixtures.rng(5)).evaluate(rec);
    assertEquals(4, curves.size());
    for (Curve c : curves) {
      String kt = c.name().substring("precision-recall/".length());
      double[] x = c.x();
      double[] y = c.y();
      assertEquals(10, x.length);
      for (int i = 0; i < x.length; i++) {
        assertEquals(values.get("precision/" + kt + "/r=" + x[i]), y[i], 0, c.name() + " at " + x[i]);
        assertTrue(y[i] > 0 && y[i] <= 1, "a precision");
      }
      assertEquals(values.get("p@r0.5/" + kt), y[4], 0);
    }
  }
}
