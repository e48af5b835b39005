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

/**
 * Each (K, T) hands the runtime one precision–recall curve over the recall levels 0.1 … 1,
 * read at 0.5 by the metric p@r0.5; the levels are not repeated as metrics of their own.
 */
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
        assertEquals((i + 1) / 10.0, x[i], 0, "recall levels 0.1 ... 1");
        assertTrue(y[i] > 0 && y[i] <= 1, "a precision");
      }
      assertEquals(values.get("p@r0.5/" + kt), y[4], 0);
    }
    assertEquals(4, values.size(), "only p@r0.5 per K and T: " + values.keySet());
  }
}
