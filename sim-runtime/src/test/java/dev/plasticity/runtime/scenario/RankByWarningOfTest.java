package dev.plasticity.runtime.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RankByWarningOfTest {
  @Test
  void onlyARankByNamingNoRecordedMetricIsWarnedOf() {
    List<String> recorded = List.of("train-loss", "test-accuracy", "test-loss");
    assertEquals(Optional.of("warning: rankBy 'test-acc' matched no metric, so the variants are in scenario order;"
        + " known: train-loss, test-accuracy, test-loss; did you mean 'test-accuracy'?"), RankByWarning.of("test-acc", recorded));
    assertEquals(Optional.empty(), RankByWarning.of("test-accuracy", recorded));
    assertEquals(Optional.empty(), RankByWarning.of(null, recorded));
  }
}
