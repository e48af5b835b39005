package dev.plasticity.scenarios.olfaction;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.plasticity.scenarios.SiftData;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * flyhash-sift10k and densefly-sift10k on generated vectors of SIFT's shape (a fresh clone
 * has no SIFT-10k), two repeats, two hash lengths: the summary layout and byte-identical
 * reruns. What they measure on SIFT itself is {@link FlyhashSiftReproductionTest}'s part.
 */
class FlyhashSiftSmokeTest {
  private static final String[] SMALL = {
    SiftData.standInSet(), "schedule.repeats=2", "schedule.batchSize=500", "schedule.circuits.hashLengths=[2,16]"
  };

  @Test
  void summaryHoldsMeanStdAndReferencePerMethodAndK(@TempDir Path tmp) throws Exception {
    JsonNode summary = OlfactionRuns.run("flyhash-sift10k.json", tmp.resolve("a"), SMALL);
    for (String method : new String[] {"lsh", "fly-10d", "fly-20k"}) {
      JsonNode v = summary.path("variants").path(method);
      assertEquals(2, v.path("epoch").asInt(), method + " ran both repeats");
      for (String k : new String[] {"k=2", "k=16"}) {
        double map = v.path("map/" + k).asDouble(-1);
        assertTrue(map > 0 && map <= 1, method + " map/" + k + " = " + map);
        assertTrue(v.path("map-std/" + k).asDouble(-1) >= 0, method + " map-std/" + k);
        assertTrue(v.path("reference/" + k).isNumber(), method + " reference/" + k);
      }
    }
  }

  @Test
  void theSameSeedGivesByteIdenticalMetrics(@TempDir Path tmp) throws Exception {
    String[] sets = {SiftData.standInSet(), "data.limit=800", "schedule.repeats=2", "schedule.batchSize=300",
        "schedule.circuits.hashLengths=[4]"};
    OlfactionRuns.run("flyhash-sift10k.json", tmp.resolve("a"), sets);
    OlfactionRuns.run("flyhash-sift10k.json", tmp.resolve("b"), sets);
    assertArrayEquals(Files.readAllBytes(tmp.resolve("a/metrics.jsonl")), Files.readAllBytes(tmp.resolve("b/metrics.jsonl")));
  }

  @Test
  void denseFlyRunsBesideFlyHashAndSimHash(@TempDir Path tmp) throws Exception {
    JsonNode summary = OlfactionRuns.run("densefly-sift10k.json", tmp.resolve("d"),
        SiftData.standInSet(), "data.limit=1000", "schedule.repeats=1", "schedule.circuits.hashLengths=[16]");
    for (String method : new String[] {"densefly-20k", "fly-20k", "simhash"}) {
      double map = summary.path("variants").path(method).path("map/k=16").asDouble(-1);
      assertTrue(map > 0 && map <= 1, method + " map/k=16 = " + map);
    }
  }
}
