package dev.plasticity.scenarios;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a reviewer checks of a run made by the real launcher: the run directory holds
 * scenario.json; provenance.json records the build's commit and dirty flag (those of the
 * checkout the build came from) and the SHA-256 of every plugin jar (and of every data file,
 * where the data source records them); and provenance's reproduce command, pasted into a
 * shell in another directory, runs that copy to the same metrics.jsonl bytes.
 */
class ReproduceIT {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  Path tmp;

  private static Path root() {
    return Scenarios.dir().getParent();
  }

  @Test
  void aRunsScenarioCopyReproducesItFromAnotherDirectory() throws Exception {
    Path here = Files.createDirectories(tmp.resolve("here"));
    Path run = tmp.resolve("first");
    // --set, --smoke, a choice of variants (the baseline among them) and --seeds: all must be in the copy.
    ModulePathIT.run(List.of("bash", root().resolve("bin/plasticity").toString(), "run",
        Scenarios.dir().resolve("alignment/deep-tanh-fashion-mnist.json").toString(), "--smoke",
        "--set", "data.trainLimit=600", "--set", "schedule.batchSize=50", "--variant", "bp", "--variant", "fa",
        "--seeds", "2,5", "--out", run.toString()), Map.of("PLASTICITY_NO_BUILD", "1"), here, 0);
    assertTrue(Files.isRegularFile(run.resolve("scenario.json")), "scenario.json at the top of the run directory");
    JsonNode provenance = JSON.readTree(run.resolve("provenance.json").toFile());
    checkBuild(provenance.get("build"));
    checkHashes(provenance);

    String reproduce = provenance.get("reproduce").asText();
    Path launcher = root().resolve("bin/plasticity").toAbsolutePath().normalize();
    assertEquals(launcher + " run " + run.resolve("scenario.json"), reproduce, "bin/ is not on the PATH");
    Path elsewhere = Files.createDirectories(tmp.resolve("elsewhere"));
    ModulePathIT.run(List.of("sh", "-c", reproduce), Map.of("PLASTICITY_NO_BUILD", "1"), elsewhere, 0);
    Path again;
    try (Stream<Path> runs = Files.list(elsewhere.resolve("runs"))) {
      again = runs.findFirst().orElseThrow();
    }
    assertArrayEquals(Files.readAllBytes(run.resolve("metrics.jsonl")), Files.readAllBytes(again.resolve("metrics.jsonl")),
        "the same metrics.jsonl bytes from the copy, run in another directory");
    assertTrue(Files.readString(again.resolve("metrics.jsonl")).contains("\"variant\":\"fa@seed5\""));
    assertArrayEquals(Files.readAllBytes(run.resolve("seeds.csv")), Files.readAllBytes(again.resolve("seeds.csv")));
    assertTrue(Files.readString(run.resolve("report.html")).contains(reproduce), "report.html shows the command");
  }

  @Test
  void withTheLauncherOnThePathTheCommandNamesIt() throws Exception {
    Path run = tmp.resolve("r");
    Path bin = root().resolve("bin").toAbsolutePath().normalize();
    ModulePathIT.run(List.of("bash", root().resolve("bin/plasticity").toString(), "run",
        Scenarios.dir().resolve("alignment/bp-fashion-mnist.json").toString(), "--smoke",
        "--set", "data.trainLimit=200", "--set", "data.testLimit=100", "--out", run.toString()),
        Map.of("PLASTICITY_NO_BUILD", "1", "PATH", bin + ":" + System.getenv("PATH")), tmp, 0);
    assertEquals("plasticity run " + run.resolve("scenario.json"),
        JSON.readTree(run.resolve("provenance.json").toFile()).get("reproduce").asText());
  }

  /** The commit and dirty flag are the checkout's (nothing changed it since the build before these tests). */
  private static void checkBuild(JsonNode build) throws Exception {
    if (!Files.exists(root().resolve(".git"))) {
      assertEquals("source archive, no git", build.get("source").asText(), build.toString());
      return;
    }
    assertEquals("git", build.get("source").asText(), build.toString());
    assertEquals(git("rev-parse", "HEAD").trim(), build.get("commit").asText(), build.toString());
    assertEquals(!git("status", "--porcelain").isBlank(), build.get("dirty").asBoolean(), build.toString());
  }

  /**
   * Every plugin and the runtime name the jar they came from and its SHA-256, which is that
   * jar's; so is each data file's (provenance's dataFiles: Fashion-MNIST's four IDX files).
   */
  private static void checkHashes(JsonNode provenance) throws IOException {
    assertTrue(provenance.get("plugins").size() >= 5, provenance.get("plugins").toString());
    for (JsonNode origin : List.of(provenance.get("runtime"), provenance.get("plugins"))) {
      for (JsonNode o : origin.isArray() ? origin : List.of(origin)) {
        Path jar = Path.of(o.get("location").asText());
        assertTrue(jar.toString().endsWith(".jar") && jar.startsWith(ModulePathIT.modules().toAbsolutePath()), o.toString());
        assertEquals(sha256(jar), o.get("sha256").asText(), o.toString());
      }
    }
    assertEquals(4, provenance.path("dataFiles").size(), provenance.path("dataFiles").toString());
    for (JsonNode data : provenance.path("dataFiles")) {
      assertEquals(sha256(Path.of(data.get("file").asText())), data.get("sha256").asText(), data.toString());
    }
  }

  private static String git(String... args) throws Exception {
    List<String> cmd = new java.util.ArrayList<>(List.of("git", "-C", root().toString()));
    cmd.addAll(List.of(args));
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, p.waitFor(), out);
    return out;
  }

  private static String sha256(Path file) throws IOException {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
