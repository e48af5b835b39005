package dev.plasticity.runtime.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plasticity.runtime.plugins.PluginLoader;
import dev.plasticity.runtime.plugins.TypeRegistry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad input: exit code 2 and one line per problem that names where it is (JSON path,
 * line and column, or file), never a stack trace.
 */
class BadInputTest {
  private static final TypeRegistry TYPES = PluginLoader.discover();

  @TempDir
  Path dir;

  private static final String GOOD = """
      {
        "name": "tiny",
        "seed": 1,
        "data": {"type": "csv-vectors", "path": "vectors.csv"},
        "network": {
          "populations": [
            {"id": "in", "size": 3},
            {"id": "out", "size": 2}
          ],
          "projections": [{"from": "in", "to": "out"}]
        },
        "schedule": {"epochs": 1, "batchSize": 2},
        "metrics": []
      }
      """;

  private Path write(String name, String text) throws IOException {
    Path p = dir.resolve(name);
    Files.writeString(p, text);
    Files.writeString(dir.resolve("vectors.csv"), "1,2,3\n4,5,6\n7,8,9\n");
    return p;
  }

  private List<String> errors(InProcess.Result r) {
    assertEquals(2, r.exit(), "exit code; stderr was:\n" + r.err());
    assertFalse(r.err().contains("\tat "), "no stack trace:\n" + r.err());
    return Arrays.stream(r.err().split("\n")).filter(l -> l.startsWith("error: ")).toList();
  }

  private List<String> validate(String text) throws IOException {
    return errors(InProcess.run(TYPES, "validate", write("s.json", text).toString()));
  }

  @Test
  void theGoodScenarioValidates() throws IOException {
    InProcess.Result r = InProcess.run(TYPES, "validate", write("s.json", GOOD).toString());
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().contains("ok: "), r.out());
  }

  @Test
  void malformedJsonNamesLineAndColumn() throws IOException {
    List<String> e = validate("{\n  \"name\": \"x\",\n  \"seed\": ,\n}");
    assertEquals(1, e.size(), e.toString());
    assertTrue(e.get(0).contains("line 3, column"), e.get(0));
  }

  @Test
  void anEmptyFile() throws IOException {
    List<String> e = validate("   \n");
    assertEquals(1, e.size());
    assertTrue(e.get(0).contains("empty"), e.get(0));
  }

  @Test
  void duplicateKeysAndTrailingTokensAreMalformed() throws IOException {
    assertTrue(validate("{\"name\": \"a\", \"name\": \"b\"}").get(0).contains("Duplicate field 'name'"));
    assertTrue(validate(GOOD + " {}").get(0).contains("line"));
  }

  @Test
  void anUnknownTypeListsTheKnownOnesAndSuggestsTheNearest() throws IOException {
    List<String> e = validate(GOOD.replace("\"size\": 2}", "\"size\": 2, \"activation\": \"tahn\"}"));
    assertEquals(1, e.size(), e.toString());
    assertTrue(e.get(0).contains("$.network.populations[1].activation: unknown activation type 'tahn'"), e.get(0));
    assertTrue(e.get(0).contains("known: identity, tanh, relu, sigmoid"), e.get(0));
    assertTrue(e.get(0).contains("did you mean 'tanh'?"), e.get(0));
    assertFalse(e.get(0).contains("registers it"), "a typo, not a missing plugin: " + e.get(0));
  }

  @Test
  void aTypeNoPluginKnowsPointsAtThePluginPath() throws IOException {
    List<String> e = validate(GOOD.replace("\"size\": 2}", "\"size\": 2, \"activation\": \"my-own-gate\"}"));
    assertEquals(1, e.size(), e.toString());
    assertTrue(e.get(0).contains("unknown activation type 'my-own-gate'; known: identity"), e.get(0));
    // Tests run on the class path: there a plugin needs its services file, not the plugin path.
    assertTrue(e.get(0).endsWith("no plugin on the class path registers it (there a plugin is found through a "
        + "META-INF/services/dev.plasticity.api.spi.Plugin file naming its class)"), e.get(0));
  }

  @Test
  void aWrongValueType() throws IOException {
    List<String> e = validate(GOOD.replace("\"epochs\": 1", "\"epochs\": \"one\""));
    assertEquals(List.of("error: " + dir.resolve("s.json") + ": $.schedule.epochs: must be a whole number, got the string \"one\""), e);
  }

  @Test
  void outOfRangeAndNonFiniteNumbers() throws IOException {
    List<String> e = validate(GOOD.replace("\"batchSize\": 2", "\"batchSize\": 0")
        .replace("\"seed\": 1", "\"seed\": 1, \"description\": \"d\"")
        .replace("\"to\": \"out\"}", "\"to\": \"out\", \"init\": {\"type\": \"normal\", \"std\": 1e999}}"));
    assertEquals(2, e.size(), e.toString());
    assertTrue(e.stream().anyMatch(l -> l.endsWith("$.schedule.batchSize: must be >= 1, got 0")), e.toString());
    assertTrue(e.stream().anyMatch(l -> l.contains("$.network.projections[0].init.std: must be a finite number")), e.toString());
  }

  @Test
  void aMissingRequiredField() throws IOException {
    List<String> e = validate(GOOD.replace("\"batchSize\": 2", "\"shuffle\": false"));
    assertEquals(1, e.size(), e.toString());
    assertTrue(e.get(0).endsWith("$.schedule.batchSize: missing required field"), e.get(0));
  }

  @Test
  void anUnknownFieldSuggestsTheNearest() throws IOException {
    List<String> e = validate(GOOD.replace("\"batchSize\": 2", "\"batchSize\": 2, \"epoch\": 3"));
    assertEquals(1, e.size(), e.toString());
    assertTrue(e.get(0).contains("$.schedule.epoch: unknown field; known: epochs, batchSize, shuffle; did you mean 'epochs'?"), e.get(0));
  }

  @Test
  void aMissingDataFileNamesTheFile() throws IOException {
    List<String> e = validate(GOOD.replace("vectors.csv", "nowhere.csv"));
    assertEquals(1, e.size(), e.toString());
    assertTrue(e.get(0).contains("$.data: data file not found: ") && e.get(0).contains("nowhere.csv"), e.get(0));
  }

  @Test
  void crossReferencesAreCheckedWithTheirPath() throws IOException {
    List<String> e = validate(GOOD.replace("\"to\": \"out\"", "\"to\": \"outt\""));
    assertEquals(1, e.size(), e.toString());
    assertTrue(e.get(0).contains("$.network.projections[0].to: unknown population 'outt'"), e.get(0));
  }

  @Test
  void validateReportsEveryProblemOfAFileAtOnce() throws IOException {
    String bad = GOOD.replace("\"epochs\": 1", "\"epochs\": -1")
        .replace("\"batchSize\": 2", "\"batchSize\": 2.5")
        .replace("\"size\": 3", "\"size\": 3, \"colour\": \"red\"")
        .replace("\"seed\": 1", "\"seed\": true");
    List<String> e = validate(bad);
    assertEquals(4, e.size(), e.toString());
  }

  @Test
  void anUnwritableOutputDirectory() throws IOException {
    Path scenario = write("s.json", GOOD);
    Path blocker = dir.resolve("a-file");
    Files.writeString(blocker, "not a directory");
    List<String> e = errors(InProcess.run(TYPES, "run", scenario.toString(), "--out", blocker.resolve("run").toString()));
    assertEquals(1, e.size(), e.toString());
    assertTrue(e.get(0).contains("--out") && e.get(0).contains("cannot be written"), e.get(0));
  }

  @Test
  void aNegativeStopTickAndTooFewJobs() throws IOException {
    Path scenario = write("s.json", GOOD);
    List<String> e = errors(InProcess.run(TYPES, "run", scenario.toString(), "--stop-after-tick", "-1",
        "--out", dir.resolve("r").toString()));
    assertEquals(1, e.size(), e.toString());
    assertTrue(e.get(0).contains("--stop-after-tick: must be >= 0, got -1"), e.get(0));
    e = errors(InProcess.run(TYPES, "run", scenario.toString(), "--jobs", "0", "--out", dir.resolve("r").toString()));
    assertTrue(e.get(0).contains("--jobs: must be >= 1, got 0"), e.get(0));
  }

  @Test
  void badSetsAndVariantsAreNamed() throws IOException {
    Path scenario = write("s.json", GOOD);
    List<String> e = errors(InProcess.run(TYPES, "run", scenario.toString(), "--set", "schedule.epochs",
        "--variant", "nope", "--out", dir.resolve("r").toString()));
    assertEquals(2, e.size(), e.toString());
    assertTrue(e.get(0).contains("--set schedule.epochs: expected path=value"), e.get(0));
    assertTrue(e.get(1).contains("--variant nope: no such variant"), e.get(1));
  }

  @Test
  void aMissingScenarioFileAndAnUnknownOption() {
    List<String> e = errors(InProcess.run(TYPES, "validate", dir.resolve("absent.json").toString()));
    assertTrue(e.get(0).endsWith("absent.json: no such file"), e.get(0));
    InProcess.Result r = InProcess.run(TYPES, "run", "--nope");
    assertEquals(2, r.exit());
    assertFalse(r.err().contains("\tat "));
  }

  @Test
  void aComponentRefusingTheScenarioAtInstallIsBadInputAtItsPath() throws IOException {
    Path scenario = write("s.json", GOOD.replace("\"metrics\": []", "\"metrics\": [{\"type\": \"test-refusing\", \"size\": 5}]"));
    List<String> e = errors(InProcess.run(TYPES, "run", scenario.toString(), "--out", dir.resolve("run").toString()));
    assertEquals(List.of("error: $.metrics[0].size: must equal the output size 2, got 5"), e);
  }
}
