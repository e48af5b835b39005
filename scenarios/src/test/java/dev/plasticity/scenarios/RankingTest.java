package dev.plasticity.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.plasticity.runtime.cli.InProcess;
import dev.plasticity.runtime.scenario.Json;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** With rankBy, the final table (console, final.csv, summary.json) is sorted by that metric. */
class RankingTest {
  @TempDir
  Path out;

  @Test
  void variantsAreRankedByTheChosenMetric() throws Exception {
    Path run = out.resolve("ranked");
    InProcess.Result r = Scenarios.cli("run", Scenarios.dir().resolve("alignment/bp-fashion-mnist.json").toString(),
        "--smoke", "--out", run.toString(), "--set", "rankBy=test-accuracy",
        "--set", "variants.tiny-lr={\"learning.optimizer.lr\": 0.0001}",
        "--set", "variants.normal={}");
    assertEquals(0, r.exit(), r.err());
    JsonNode summary = Json.readFile(run.resolve("summary.json"));
    assertEquals("normal", summary.get("ranking").get(0).asText(), summary.toString());
    List<String> lines = Files.readAllLines(run.resolve("final.csv"));
    assertTrue(lines.get(0).startsWith("rank,variant,epoch"), lines.get(0));
    assertTrue(lines.get(1).startsWith("1,normal,") && lines.get(2).startsWith("2,tiny-lr,"), lines.toString());
    int normalRow = r.out().lastIndexOf("\nnormal ");
    int tinyRow = r.out().lastIndexOf("\ntiny-lr ");
    assertTrue(normalRow >= 0 && normalRow < tinyRow, r.out());
  }
}
