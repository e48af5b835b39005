package dev.plasticity.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plasticity.runtime.cli.InProcess;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The examples of the input audit, with every plugin of the build: validate says what run would refuse. */
class InputAuditTest {
  private static final Path BP = Scenarios.dir().resolve("alignment/bp-fashion-mnist.json");

  @TempDir
  Path tmp;

  private static String validate(Path scenario, String... sets) {
    String[] args = new String[2 + 2 * sets.length];
    args[0] = "validate";
    args[1] = scenario.toString();
    for (int i = 0; i < sets.length; i++) {
      args[2 + 2 * i] = "--set";
      args[3 + 2 * i] = sets[i];
    }
    InProcess.Result r = Scenarios.cli(args);
    assertEquals(2, r.exit(), r.err());
    return r.err();
  }

  @Test
  void theNetworkIsCheckedAgainstFashionMnistsFeaturesAndClasses() {
    assertEquals("error: " + BP + ": $.network.populations[2].size: 7 units but the data has 10 classes"
        + " (set by --set network.populations[2].size=7)\n", validate(BP, "network.populations[2].size=7"));
    assertEquals("error: " + BP + ": $.network.populations[0].size: 100 units but the data has 784 features"
        + " (set by --set network.populations[0].size=100)\n", validate(BP, "network.populations[0].size=100"));
  }

  @Test
  void aTypoInTheSmokeBlockIsSaidThere() throws IOException {
    Path mine = Files.writeString(tmp.resolve("mine.json"),
        Files.readString(BP).replace("\"data.trainLimit\": 2000", "\"data.trainLimt\": 100"));
    assertEquals("error: " + mine + ": $.smoke[\"data.trainLimt\"]: unknown field; known: dir, scale, trainLimit,"
        + " testLimit, pad, mean, sd; did you mean 'trainLimit'?\n", validate(mine));
  }

  @Test
  void aCopiedScenarioSaysWhatItsDataPathIsRelativeTo() throws IOException {
    Path mine = tmp.resolve("mine.json");
    String written = "../data/vectors.txt";
    Files.writeString(mine, Files.readString(Scenarios.dir().resolve("olfaction/flyhash-sift10k.json"))
        .replace("{\"type\": \"sift10k\"}", "{\"type\": \"csv-vectors\", \"path\": \"" + written + "\"}"));
    assertTrue(validate(mine).startsWith("error: " + mine + ": $.data.path: '" + written
        + "' (relative to the scenario's directory " + tmp + ") is " + tmp.resolve(written).normalize() + ": not found"));
  }

  /** What run says of {@code scenario} with {@code options}; it must refuse before the run starts. */
  private String run(Path scenario, String... options) {
    Path out = tmp.resolve("run");
    String[] args = new String[4 + options.length];
    args[0] = "run";
    args[1] = scenario.toString();
    args[2] = "--out";
    args[3] = out.toString();
    System.arraycopy(options, 0, args, 4, options.length);
    InProcess.Result r = Scenarios.cli(args);
    assertEquals(2, r.exit(), r.err());
    assertTrue(!Files.exists(out), "refused before the run started");
    return r.err().lines().filter(l -> l.startsWith("error: ")).map(l -> l + "\n").reduce("", String::concat);
  }

  @Test
  void aDelayedRecallGapOfABillionIsSaidAtTheGapWithTheMemoryItWouldTake() {
    Path recall = Scenarios.dir().resolve("bptt/delayed-recall.json");
    String line = "error: " + recall + ": variant 'G100-tbptt5': $.schedule.task.gap: the history of states"
        + " (1000000001 ticks x 64 sequences x 64 units, doubles) would be one array of 4096000004096 values,"
        + " 29.8 TiB; a Java array holds at most 2147483639 (set by --set variants.G100-tbptt5.schedule.task.gap=1000000000)\n";
    String[] options = {"--variant", "G100-tbptt5", "--set", "variants.G100-tbptt5.schedule.task.gap=1000000000"};
    assertEquals(line, run(recall, options));
    assertTrue(validate(recall, "variants.G100-tbptt5.schedule.task.gap=1000000000").contains(line));
  }

  @Test
  void aNetworkScenarioWithoutItsNetworkHasNothingToTrain() throws IOException {
    Path mine = Files.writeString(tmp.resolve("mine.json"),
        Files.readString(BP).replaceAll("(?s)\"network\": \\{.*?\\]\\s*\\},", ""));
    String line = "error: " + mine + ": $.network: missing, so the learning section has no weight to train; add"
        + " populations and projections that lead from the input to an output\n";
    assertEquals(line, validate(mine));
    assertEquals(line, run(mine));
  }

  @Test
  void aTemporalScenarioRefusesALearningSectionItWouldNotUse() {
    Path adding = Scenarios.dir().resolve("bptt/adding.json");
    String set = "learning={\"loss\": \"mse\", \"credit\": \"backprop\", \"optimizer\": {\"type\": \"sgd\", \"lr\": 0.1}}";
    String line = "error: " + adding + ": $.learning: the 'temporal' schedule does not use a learning section (it"
        + " trains a model of its own, or presents nothing to learn from); remove it (set by --set " + set + ")\n";
    assertEquals(line, validate(adding, set));
    assertEquals(line, run(adding, "--set", set));
  }

  @Test
  void aHashLengthTooLongForItsKenyonCellsIsSaidAtTheHashLength() {
    Path flyhash = Scenarios.dir().resolve("olfaction/flyhash-fashion-mnist.json");
    String set = "schedule.circuits.hashLengths=[2, 100000000]";
    String line = "error: " + flyhash + ": variant 'fly-20k': $.schedule.circuits.hashLengths[1]: the PN->KC weights"
        + " of circuit k=100000000 (2000000000 cells x 784 inputs, floats) would be one array of 1568000000000"
        + " values, 5.7 TiB; a Java array holds at most 2147483639 (set by --set " + set + ")\n";
    assertEquals(line, run(flyhash, "--variant", "fly-20k", "--set", set));
    assertTrue(validate(flyhash, set).contains(line));
  }

  @Test
  void aDataSetNamedByNameNeedsNoFileToValidate() {
    InProcess.Result r = Scenarios.cli("validate", Scenarios.dir().resolve("olfaction/flyhash-sift10k.json").toString());
    assertEquals(0, r.exit(), r.err());
    assertEquals("error: " + Scenarios.dir().resolve("olfaction/flyhash-sift10k.json") + ": $.network.populations[0].size:"
        + " 100 units but the data has 128 features (set by --set network.populations[0].size=100)\n",
        validate(Scenarios.dir().resolve("olfaction/flyhash-sift10k.json"), "network.populations[0].size=100"));
  }
}
