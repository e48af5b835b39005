package dev.plasticity.runtime.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.plasticity.runtime.cli.InProcess;
import dev.plasticity.runtime.provenance.CodeOrigin;
import dev.plasticity.runtime.scenario.Json;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * provenance.json says what produced a run: the build's commit and dirty flag, where every
 * plugin and the runtime were loaded from with each jar's SHA-256 (in tests: classes
 * directories, said as such), the scenario's copy and the command that reproduces from it.
 */
class ProvenanceTest {
  @TempDir
  Path dir;

  @Test
  void aRunRecordsTheBuildEveryPluginsOriginAndHowToReproduceIt() {
    Path scenario = TinyRun.scenario(dir.resolve("s"), "\"a\": {}");
    Path out = dir.resolve("r");
    InProcess.Result r = TinyRun.cli("run", scenario.toString(), "--out", out.toString());
    assertEquals(0, r.exit(), r.err());
    JsonNode p = Json.readFile(out.resolve("provenance.json"));

    JsonNode build = p.get("build");
    assertTrue(build.get("source").asText().equals("git") ? build.get("commit").asText().matches("[0-9a-f]{40}")
        && build.get("dirty").isBoolean() : build.get("source").asText().equals("source archive, no git"), build.toString());

    assertEquals(3, p.get("plugins").size(), p.get("plugins").toString());
    for (JsonNode plugin : p.get("plugins")) {
      assertTrue(plugin.hasNonNull("location"), plugin.toString());
      assertTrue(plugin.has("sha256") || plugin.path("note").asText().equals(CodeOrigin.CLASSES_DIRECTORY),
          plugin.toString());
    }
    assertEquals(CodeOrigin.CLASSES_DIRECTORY, p.at("/runtime/note").asText(), "tests run from target/classes");

    assertEquals("scenario.json", p.get("scenarioCopy").asText());
    assertEquals("bin/plasticity run " + out.resolve("scenario.json"), p.get("reproduce").asText());
  }
}
