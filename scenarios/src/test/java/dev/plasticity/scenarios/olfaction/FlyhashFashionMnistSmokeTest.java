package dev.plasticity.scenarios.olfaction;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** flyhash-fashion-mnist on 1,000 test images with small circuits: same layout as SIFT. */
class FlyhashFashionMnistSmokeTest {
  @Test
  void sameLayoutAsTheSiftTable(@TempDir Path tmp) throws Exception {
    JsonNode summary = OlfactionRuns.run("flyhash-fashion-mnist.json", tmp.resolve("f"),
        "data.trainLimit=100", "data.testLimit=1000", "schedule.repeats=1",
        "schedule.circuits.kenyonCells=400", "schedule.circuits.hashLengths=[8]");
    for (String method : new String[] {"lsh", "fly-10d", "fly-20k"}) {
      JsonNode v = summary.path("variants").path(method);
      double map = v.path("map/k=8").asDouble(-1);
      assertTrue(map > 0 && map <= 1, method + " map/k=8 = " + map);
      assertTrue(v.path("map-std/k=8").isNumber(), method + " map-std/k=8");
    }
  }
}
