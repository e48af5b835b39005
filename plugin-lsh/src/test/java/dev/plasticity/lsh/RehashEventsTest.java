package dev.plasticity.lsh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verify;

import dev.plasticity.api.sim.Phase;
import dev.plasticity.testkit.MockRuntime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Table rebuilds and rehashes are repeating events at the ticks the scenario gives. */
class RehashEventsTest {
  private static MockRuntime runtime() {
    return MockRuntime.builder().layers(4, 8, 3).batchSize(10).train(false).build();
  }

  @Test
  void rebuildsAndRehashesAreScheduledAtTheConfiguredPeriods() {
    MockRuntime rt = runtime();
    rt.install(new LshRecall(new SimpleLsh(), null, 4, 3, 0, List.of(0, 1), 5, 10, 7, 3));
    verify(rt.scheduler()).every(eq(0L), eq(7L), eq(Phase.INPUT), anyInt(), anyString(), any());
    verify(rt.scheduler()).every(eq(3L), eq(3L), eq(Phase.INPUT), anyInt(), anyString(), any());
  }

  @Test
  void theyFireAtThoseTicks() {
    MockRuntime rt = runtime();
    rt.install(new LshRecall(new SimpleLsh(), null, 4, 3, 0, List.of(0, 1), 5, 10, 7, 3));
    rt.runEpochs(3);
    long perEpoch = rt.timeline().ticksPerEpoch();
    for (int e = 0; e < 3; e++) {
      long end = (e + 1) * perEpoch - 1; // INPUT events of this tick came before the evaluation
      long rebuilds = end / 7 + 1;
      long rehashes = rebuilds + end / 3; // every rebuild files the items too
      assertEquals(rebuilds, rt.recorded("table-rebuilds").get(e), "epoch " + (e + 1));
      assertEquals(rehashes, rt.recorded("table-rehashes").get(e), "epoch " + (e + 1));
    }
    assertTrue(perEpoch * 3 > 7, "the run is long enough to see a periodic rebuild");
  }

  @Test
  void withoutPeriodsTheTablesAreBuiltOnce() {
    MockRuntime rt = runtime();
    rt.install(new LshRecall(new SimpleLsh(), null, 4, 3, 0, List.of(0, 1), 5, 10, 0, 0));
    verify(rt.scheduler()).at(eq(0L), eq(Phase.INPUT), anyInt(), anyString(), any());
    rt.runEpochs(2);
    assertEquals(2, rt.recorded("recall@5/probes=0").size());
    assertTrue(rt.last("recall@5/probes=1") >= rt.last("recall@5/probes=0"));
  }
}
