package dev.plasticity.hebbian;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.plasticity.api.config.ConfigException;
import dev.plasticity.testkit.MockRuntime;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WeightHistogramTest {
  @Test
  void countsByHand() {
    CapturingRecorder out = new CapturingRecorder();
    Map<String, Double> values = out.values;
    // Bound 0.01: 0 and 0.0005 near 0, 0.0095 and 0.01 near the bound, 0.0055 in the middle.
    new WeightHistogram("w", "b", 10, 0.1).record(new float[] {0, 0.0005f, 0.0055f, 0.0095f, 0.01f}, 0.01, out);
    assertEquals(0.8, values.get("weights/near-bounds"), 1e-12);
    assertEquals(2, values.get("weights/low-edge"));
    assertEquals(2, values.get("weights/high-edge"));
    assertArrayEquals(new double[] {2, 0, 0, 0, 0, 1, 0, 0, 0, 2}, out.curves.get(0).y());
  }

  @Test
  void refusesAScenarioWithoutTheWeightsAtItsField() {
    MockRuntime rt = MockRuntime.builder().present(false).train(false).build();
    ConfigException e = assertThrows(ConfigException.class,
        () -> rt.install(new WeightHistogram("stdp.W", "stdp.gmax", 10, 0.1)));
    assertEquals("parameter", e.field());
  }
}
