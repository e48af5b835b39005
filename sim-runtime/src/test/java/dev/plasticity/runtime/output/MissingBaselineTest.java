package dev.plasticity.runtime.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plasticity.runtime.engine.MetricRow;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A run over seeds that leaves its baseline out says why it compares nothing with it. */
class MissingBaselineTest {
  private static MetricRow row(String variant) {
    return new MetricRow(variant, 1, 9, Map.of("test-accuracy", 0.5));
  }

  @Test
  void saidOnlyWhenSeedsRanWithoutTheBaseline() {
    List<MetricRow> faOnly = List.of(row("fa@seed1"), row("fa@seed2"));
    assertEquals("no comparison with the baseline 'bp' seed by seed: it is not among the variants that finished "
        + "(add --variant bp)", SeedStatistics.missingBaseline("bp", faOnly).orElseThrow());
    assertTrue(SeedStatistics.missingBaseline("bp", List.of(row("bp@seed1"), row("fa@seed1"))).isEmpty());
    assertTrue(SeedStatistics.missingBaseline("bp", List.of(row("fa"))).isEmpty(), "one seed: nothing is paired anyway");
    assertTrue(SeedStatistics.missingBaseline(null, faOnly).isEmpty());
  }
}
