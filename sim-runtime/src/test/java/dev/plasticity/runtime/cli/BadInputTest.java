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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

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
  void aSchemaAddressForEditorsIsAcceptedAndIgnored() throws IOException {
    InProcess.Result r = InProcess.run(TYPES, "validate",
        write("s.json", GOOD.replace("\"name\": \"tiny\",", "\"$schema\": \"./schema.json\", \"name\": \"tiny\",")).toString());
    assertEquals(0, r.exit(), r.err());
    assertEquals(List.of("error: " + dir.resolve("s.json") + ": $.$schema: must be a string (where editors find the schema), got the number 1"),
        validate(GOOD.replace("\"name\": \"tiny\",", "\"$schema\": 1, \"name\": \"tiny\",")));
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
    assertTrue(validate("{\"name\": \"a\", \"name\": \"b\"}").get(0)
        .endsWith("line 1, column 21: the field 'name' appears twice in one object"));
    assertTrue(validate(GOOD + " {}").get(0).contains("more text after the end of the JSON value"));
  }

  @Test
  void aTruncatedFileSaysWhichObjectIsLeftOpen() throws IOException {
    List<String> e = validate(GOOD.substring(0, GOOD.lastIndexOf('}')));
    assertEquals(List.of("error: " + dir.resolve("s.json") + ": line 14, column 1: the file ends inside the object"
        + " opened at line 1, column 1"), e);
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
  void aWholeNumberBeyondItsTypeSaysTheRangeAllowed() throws IOException {
    List<String> e = validate(GOOD.replace("\"size\": 3", "\"size\": 3000000000").replace("\"seed\": 1", "\"seed\": 1e30"));
    assertEquals(2, e.size(), e.toString());
    assertTrue(e.stream().anyMatch(l -> l.endsWith(
        "$.seed: must be a whole number from -9223372036854775808 to 9223372036854775807, got 1.0E30")), e.toString());
    // The population's @Min(1) narrows the range said.
    assertTrue(e.stream().anyMatch(l -> l.endsWith(
        "$.network.populations[0].size: must be a whole number from 1 to 2147483647, got 3000000000")), e.toString());
  }

  @Test
  void kindsStartingWithAVowelTakeAn() throws IOException {
    String learning = "\"learning\": {\"loss\": \"mse\", \"credit\": \"backprop\", \"optimizer\": 5},";
    List<String> e = validate(GOOD.replace("\"schedule\"", learning + " \"schedule\""));
    // (no credit rule is on this module's test path: "backprop" is reported unknown too)
    assertTrue(e.stream().anyMatch(l -> l.endsWith(
        "$.learning.optimizer: must be an optimizer type name or an object with a \"type\", got the number 5")), e.toString());
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
  void aMissingDataFileSaysWhatItIsRelativeTo() throws IOException {
    Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
    Path scenario = elsewhere.resolve("mine.json");
    Files.writeString(scenario, GOOD.replace("vectors.csv", "../data/vectors.csv"));
    Path workingDirCandidate = Path.of("../data/vectors.csv").toAbsolutePath().normalize();
    assertEquals(List.of("error: " + scenario + ": $.data.path: '../data/vectors.csv' (relative to the scenario's directory "
            + elsewhere + ") is " + dir.resolve("data/vectors.csv") + ": not found (nor is " + workingDirCandidate
            + ", relative to the working directory)"),
        errors(InProcess.run(TYPES, "validate", scenario.toString())));
    // The same before a run starts; and a variant's own data is checked too.
    write("s.json", GOOD); // and vectors.csv beside it
    Files.writeString(scenario, GOOD.replace("vectors.csv", "../vectors.csv")
        .replace("\"metrics\": []", "\"metrics\": [], \"variants\": {\"a\": {}, \"b\": {\"data.path\": \"/nowhere.csv\"}}"));
    assertEquals(List.of("error: " + scenario + ": variant 'b': $.data.path: '/nowhere.csv': not found"),
        errors(InProcess.run(TYPES, "run", scenario.toString(), "--out", dir.resolve("r").toString())));
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
  void everyBadVariantIsReportedEvenWhenTheBaseHasProblemsToo() throws IOException {
    String variants = "\"baseline\": \"fast\", \"variants\": {\"d\": 5, \"a\": {\"schedule.epochs\": \"x\"},"
        + " \"b\": {\"network.populations[1].activation\": \"tahn\"}, \"c\": {\"schedule.batchSize\": 0},"
        + " \"ok\": {\"schedule.shuffle\": false}}";
    Path scenario = write("s.json", GOOD.replace("\"metrics\": []", "\"metrics\": [], " + variants)
        .replace("\"seed\": 1", "\"seed\": \"one\""));
    List<String> e = errors(InProcess.run(TYPES, "validate", scenario.toString()));
    String at = "error: " + scenario + ": ";
    assertEquals(List.of(
        at + "$.seed: must be a whole number, got the string \"one\"",
        at + "$.variants.d: must be an object, got the number 5",
        at + "$.baseline: no such variant 'fast'; known: d, a, b, c, ok",
        at + "variant 'a': $.schedule.epochs: must be a whole number, got the string \"x\"",
        at + "variant 'b': $.network.populations[1].activation: unknown activation type 'tahn'; known: identity, tanh, relu,"
            + " sigmoid; did you mean 'tanh'?",
        at + "variant 'c': $.schedule.batchSize: must be >= 1, got 0"), e);
  }

  @Test
  void theSmokeBlocksProblemsAreSaidWhereItsChangesAreWritten() throws IOException {
    Path scenario = write("s.json", GOOD.replace("\"metrics\": []",
        "\"metrics\": [], \"smoke\": {\"data.limt\": 2, \"schedule\": {\"epochs\": 0, \"batchSize\": 1}}"));
    String at = "error: " + scenario + ": ";
    List<String> expected = List.of(
        at + "$.smoke[\"data.limt\"]: unknown field; known: path, limit; did you mean 'limit'?",
        at + "$.smoke[\"schedule\"].epochs: must be >= 1, got 0");
    assertEquals(expected, errors(InProcess.run(TYPES, "validate", scenario.toString())));
    assertEquals(expected, errors(InProcess.run(TYPES, "run", scenario.toString(), "--smoke", "--out", dir.resolve("r").toString())));
    // A --set into the smoke block changes what it applies, and says so.
    assertEquals(List.of(at + "$.smoke[\"data.limt\"]: unknown field; known: path, limit; did you mean 'limit'?",
            at + "$.schedule.epochs: must be >= 1, got -1 (set by --set smoke.schedule.epochs=-1)"),
        errors(InProcess.run(TYPES, "validate", scenario.toString(), "--set", "smoke.schedule.epochs=-1")));
    // A problem a smoke change makes elsewhere says that it comes with them.
    scenario = write("s.json", GOOD.replace("\"metrics\": []", "\"metrics\": [], \"smoke\": {\"network.populations[1].id\": \"o\"}"));
    assertEquals(List.of(at + "$.network.projections[0].to: unknown population 'out'; known: in, o (with the smoke changes)"),
        errors(InProcess.run(TYPES, "validate", scenario.toString())));
  }

  @Test
  void theInputPopulationIsCheckedAgainstTheFeaturesOfTheDataBeforeARun() throws IOException {
    Path scenario = write("s.json", GOOD.replace("\"metrics\": []",
        "\"metrics\": [], \"variants\": {\"a\": {}, \"b\": {\"network.populations[0].size\": 5}}"));
    String at = "error: " + scenario + ": ";
    assertEquals(List.of(at + "$.network.populations[0].size: 4 units but the data has 3 features"
            + " (set by --set network.populations[0].size=4)",
            at + "variant 'b': $.network.populations[0].size: 5 units but the data has 3 features"),
        errors(InProcess.run(TYPES, "validate", scenario.toString(), "--set", "network.populations[0].size=4")));
    assertEquals(List.of(at + "variant 'b': $.network.populations[0].size: 5 units but the data has 3 features"),
        errors(InProcess.run(TYPES, "run", scenario.toString(), "--out", dir.resolve("r").toString())));
    assertFalse(Files.exists(dir.resolve("r")), "refused before the run started");
  }

  @Test
  void anUnwritableOutputDirectory() throws IOException {
    Path scenario = write("s.json", GOOD);
    Path blocker = dir.resolve("a-file");
    Files.writeString(blocker, "not a directory");
    List<String> e = errors(InProcess.run(TYPES, "run", scenario.toString(), "--out", blocker.resolve("run").toString()));
    assertEquals(1, e.size(), e.toString());
    assertTrue(e.get(0).contains("cannot be written: " + blocker + " is a file, not a directory"), e.get(0));
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
  void aSetValueThatStartsLikeJsonMustBeJson() throws IOException {
    Path scenario = write("s.json", GOOD);
    List<String> e = errors(InProcess.run(TYPES, "validate", scenario.toString(),
        "--set", "network.projections[0].init={\"type\": \"normal\"", "--set", "metrics=[\"train-loss\",]",
        "--set", "name=\"tiny"));
    assertEquals(List.of(
        "error: " + scenario + ": --set network.projections[0].init: not valid JSON at column 18: the value ends inside"
            + " the object opened at column 1",
        "error: " + scenario + ": --set metrics: not valid JSON at column 15: expected a value, found ']' (JSON allows no trailing comma)",
        "error: " + scenario + ": --set name: not valid JSON at column 6: the value ends inside a string (its closing \" is missing)"), e);
    // Anything else is JSON when it parses, a plain string otherwise.
    InProcess.Result r = InProcess.run(TYPES, "validate", scenario.toString(), "--set", "name=a {b",
        "--set", "schedule.epochs=2", "--set", "network.projections[0].init={\"type\": \"normal\", \"std\": 0.1}");
    assertEquals(0, r.exit(), r.err());
  }

  @Test
  void aSetReachesIntoAVariantsDottedKeysAndItsProblemsSaySo() throws IOException {
    Path scenario = write("s.json", GOOD.replace("\"metrics\": []",
        "\"metrics\": [], \"variants\": {\"wide\": {\"network.projections[0].init\": {\"type\": \"normal\", \"std\": 0.1}}}"));
    InProcess.Result r = InProcess.run(TYPES, "validate", scenario.toString(),
        "--set", "variants.wide.network.projections[0].init.std=0.5");
    assertEquals(0, r.exit(), r.err());
    List<String> e = errors(InProcess.run(TYPES, "validate", scenario.toString(),
        "--set", "variants.wide.network.projections[0].init.std=ten"));
    assertEquals(List.of(
        "error: " + scenario + ": variant 'wide': $.network.projections[0].init.std: must be a number, got the string \"ten\""
            + " (set by --set variants.wide.network.projections[0].init.std=ten)"), e);
    e = errors(InProcess.run(TYPES, "validate", scenario.toString(), "--set", "network.projections[0]={\"from\": \"in\"}"));
    assertEquals(List.of("error: " + scenario + ": $.network.projections[0].to: missing required field"
        + " (set by --set network.projections[0]={\"from\": \"in\"})"), e);
  }

  @Test
  void aMissingScenarioFileAndAnUnknownOption() {
    List<String> e = errors(InProcess.run(TYPES, "validate", dir.resolve("absent.json").toString()));
    assertTrue(e.get(0).endsWith("absent.json: no such file"), e.get(0));
    InProcess.Result r = InProcess.run(TYPES, "run", "--nope");
    assertEquals(2, r.exit());
    assertFalse(r.err().contains("\tat "));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '~', value = {
      "run s.json --seed abc~ error: --seed: 'abc' is not a whole number",
      "run s.json --seeds 1,,2~ error: --seeds: '' is not a whole number",
      "run s.json --jobs many~ error: --jobs: 'many' is not a whole number",
      "run s.json --seed~ error: --seed: needs a value (N)",
      "run --bogus~ error: missing SCENARIO (the scenario JSON file)|error: --bogus: unknown option",
      "run s.json --sed 3 --vairant x~ error: --sed: unknown option; did you mean --seed?|error: '3': unexpected argument"
          + "|error: --vairant: unknown option; did you mean --variant?|error: 'x': unexpected argument",
      "list extra~ error: 'extra': unexpected argument",
  })
  void aCommandLinePicocliCannotParseGetsALinePerProblemAndWhereTheUsageIs(String args, String lines) {
    InProcess.Result r = InProcess.run(TYPES, args.split(" "));
    assertEquals(2, r.exit(), r.err());
    String command = args.substring(0, args.indexOf(' '));
    assertEquals(lines.replace("|", "\n") + "\nsee: bin/plasticity help " + command + "\n", r.err());
  }

  @Test
  void anUnknownCommandListsTheCommands() {
    InProcess.Result r = InProcess.run(TYPES, "runn", "s.json");
    assertEquals(2, r.exit());
    assertEquals("error: 'runn': unknown command; known: run, validate, list, schema, resume, export, help; did you mean 'run'?\n"
        + "see: bin/plasticity help\n", r.err());
  }

  @ParameterizedTest
  @ValueSource(strings = {"run", "validate", "list", "schema", "resume"})
  void everyCommandHasHelp(String command) {
    for (String option : List.of("--help", "-h")) {
      InProcess.Result r = InProcess.run(TYPES, command, option);
      assertEquals(0, r.exit(), r.err());
      assertTrue(r.out().startsWith("Usage: plasticity " + command), r.out());
      assertEquals("", r.err());
    }
  }

  @Test
  void aComponentRefusingTheScenarioAtInstallIsBadInputAtItsPath() throws IOException {
    Path scenario = write("s.json", GOOD.replace("\"metrics\": []", "\"metrics\": [{\"type\": \"test-refusing\", \"size\": 5}]"));
    List<String> e = errors(InProcess.run(TYPES, "run", scenario.toString(), "--out", dir.resolve("run").toString()));
    assertEquals(List.of("error: $.metrics[0].size: must equal the output size 2, got 5"), e);
  }
}
