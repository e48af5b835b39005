package dev.plasticity.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.plasticity.runtime.cli.InProcess;
import dev.plasticity.runtime.data.Sha256;
import dev.plasticity.runtime.scenario.Json;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every scenario runs end to end in its smoke size (its own "smoke" changes), writing the
 * whole run directory; those reading SIFT-10k on generated vectors of its shape ({@link SiftData}).
 */
class SmokeTest {
  @TempDir
  Path out;

  @TestFactory
  Stream<DynamicTest> everyScenarioRunsInItsSmokeSize() {
    return Scenarios.all().stream().map(p -> DynamicTest.dynamicTest(ScenarioFilesTest.name(p), () -> {
      JsonNode smoke = Json.readFile(p).get("smoke");
      assertTrue(smoke != null && smoke.size() > 0,
          p + " needs a \"smoke\" block that shrinks it to a seconds-long run");
      Path run = out.resolve(ScenarioFilesTest.name(p).replace('/', '_'));
      InProcess.Result r = Scenarios.cli(Scenarios.withStandIns(p, "run", p.toString(), "--smoke", "--out", run.toString()));
      assertEquals(0, r.exit(), r.err());
      for (String f : new String[] {"metrics.jsonl", "metrics.csv", "summary.json", "provenance.json",
          "report.html", "checkpoint/run.json"}) {
        assertTrue(Files.isRegularFile(run.resolve(f)), f + " written");
      }
      JsonNode summary = Json.readFile(run.resolve("summary.json"));
      assertTrue(summary.get("variants").size() >= 1, summary.toString());
      JsonNode provenance = Json.readFile(run.resolve("provenance.json"));
      assertEquals("finished", provenance.get("status").asText());
      // Every data file read, with the SHA-256 of its bytes: Fashion-MNIST's four, a file of vectors.
      JsonNode dataFiles = provenance.get("dataFiles");
      String type = Json.readFile(p).path("data").path("type").asText();
      assertEquals(type.equals("fashion-mnist") ? 4 : SiftData.reads(p) || type.equals("csv-vectors") ? 1 : 0,
          dataFiles.size(), dataFiles.toString());
      for (JsonNode f : dataFiles) {
        assertEquals(Sha256.of(Path.of(f.get("file").asText())), f.get("sha256").asText(), f.toString());
      }
    }));
  }
}
