package dev.plasticity.runtime.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.plasticity.runtime.engine.TinyRun;
import dev.plasticity.runtime.scenario.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** report.html has each variant's wall time and the configuration the variants ran with. */
class ReportContentsTest {
  @TempDir
  Path dir;

  @Test
  void theReportHasWallTimesAndTheConfigurationWhereVariantsDifferAndWhereNot() throws IOException {
    Path run = dir.resolve("r");
    Path scenario = TinyRun.scenario(dir, "\"a\": {}, \"b\": {\"metrics[0].slope\": 2}");
    assertEquals(0, TinyRun.cli("run", scenario.toString(), "--out", run.toString(), "--set", "schedule.epochs=1").exit());
    String html = Files.readString(run.resolve("report.html"));
    assertTrue(html.contains("<th>variant</th><th>epoch</th><th>wall time</th>"), html);
    assertTrue(Pattern.compile("<tr><td>a</td><td>1</td><td>[0-9.]+s</td>").matcher(html).find(), html);
    assertTrue(html.contains("<h3>Where the variants differ</h3>"), html);
    assertTrue(html.contains("<tr><td>metrics[0].slope</td><td>1</td><td>2</td></tr>"), html);
    assertTrue(html.contains("<tr><td>schedule.epochs</td><td>1</td></tr>"), "as it ran, after --set: " + html);
    assertTrue(html.contains("<tr><td>data.path</td><td>vectors.csv</td></tr>"), html);
    JsonNode progress = Json.readFile(run.resolve("checkpoint/progress.json"));
    assertTrue(progress.get("variants").get("a").get("wallSeconds").asDouble() > 0, progress.toString());
  }

  @Test
  void replicatesOverSeedsAreOneColumnWithTheirSeeds() {
    Map<String, JsonNode> trees = new LinkedHashMap<>();
    trees.put("bp@seed1", Json.MAPPER.createObjectNode().put("seed", 1).put("name", "x")
        .set("learning", Json.MAPPER.createObjectNode().put("lr", 0.1)));
    trees.put("bp@seed2", Json.MAPPER.createObjectNode().put("seed", 2)
        .set("learning", Json.MAPPER.createObjectNode().put("lr", 0.1)));
    trees.put("fa@seed1", Json.MAPPER.createObjectNode().put("seed", 1)
        .set("learning", Json.MAPPER.createObjectNode().put("lr", 0.2)));
    trees.put("fa@seed2", Json.MAPPER.createObjectNode().put("seed", 2)
        .set("learning", Json.MAPPER.createObjectNode().put("lr", 0.2)));
    ConfigTable t = ConfigTable.of(trees);
    assertEquals(List.of("bp", "fa"), t.variants());
    assertEquals(List.of("seed=1, 2"), t.shared().stream().map(r -> r[0] + "=" + r[1]).toList(), "name is the title");
    assertEquals(List.of("learning.lr=0.1|0.2"), t.differing().stream().map(r -> r[0] + "=" + r[1] + "|" + r[2]).toList());
  }
}
