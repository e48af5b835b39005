package dev.plasticity.scenarios.olfaction;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** novelty-fashion-mnist and flynn-fashion-mnist on 2,000 training and 500 test images. */
class BloomFilterSmokeTest {
  private static final String[] SMALL = {
    "data.trainLimit=2000", "data.testLimit=500", "network.populations[1].size=1000"
  };

  @Test
  void noveltyOfUnseenClassesRanksAboveSeenOnes(@TempDir Path tmp) throws Exception {
    JsonNode summary = OlfactionRuns.run("novelty-fashion-mnist.json", tmp.resolve("n"), SMALL);
    for (String v : new String[] {"partial", "binary"}) {
      double auc = summary.path("variants").path(v).path("novelty-auc").asDouble(-1);
      // Chance is 0.5; the full run gives 0.91 (partial) and 0.78 (binary).
      assertTrue(auc > 0.6 && auc <= 1, v + " novelty-auc = " + auc);
    }
  }

  @Test
  void flyNnAndItsNearestNeighbourBaselineClassify(@TempDir Path tmp) throws Exception {
    JsonNode summary = OlfactionRuns.run("flynn-fashion-mnist.json", tmp.resolve("f"), SMALL);
    JsonNode partial = summary.path("variants").path("partial");
    // Chance is 0.1.
    assertTrue(partial.path("flynn-accuracy").asDouble() > 0.4, "flynn-accuracy " + partial.path("flynn-accuracy"));
    assertTrue(partial.path("nn-accuracy").asDouble() > 0.4, "nn-accuracy " + partial.path("nn-accuracy"));
  }
}
