package dev.plasticity.runtime.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plasticity.runtime.core.CorePlugin;
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
 * Scenarios that are well-formed and still cannot learn, measure or even be allocated:
 * validate and run refuse each with a line at its JSON path (exit 2) before anything runs,
 * rather than run to the end at chance, record a constant, or fail at install.
 */
class UnableToLearnTest {
  private static final TypeRegistry TYPES =
      PluginLoader.fromPlugins(List.of(new CorePlugin(), new LearningTestPlugin()));

  @TempDir
  Path dir;

  /** Unlabelled vectors of 3 features, a 3-2 network, no learning section. */
  private static final String PLAIN = """
      {
        "name": "plain",
        "data": {"type": "csv-vectors", "path": "vectors.csv"},
        "network": {
          "populations": [{"id": "in", "size": 3}, {"id": "out", "size": 2}],
          "projections": [{"from": "in", "to": "out"}]
        },
        "schedule": {"epochs": 1, "batchSize": 2},
        "metrics": [],
        "smoke": {"schedule.batchSize": 1}
      }
      """;

  private static final String SMOKE = ",\n  \"smoke\": {\"schedule.batchSize\": 1}";

  private static final String LEARNING = "\"learning\": {\"loss\": \"mse\", \"credit\": \"test-noop\","
      + " \"optimizer\": {\"type\": \"sgd\", \"lr\": 0.1}},";

  private Path write(String text) throws IOException {
    Files.writeString(dir.resolve("vectors.csv"), "1,2,3\n4,5,6\n7,8,9\n");
    return Files.writeString(dir.resolve("s.json"), text);
  }

  /** The error lines of validate and of run, which must be the same; run must not have started. */
  private List<String> refused(Path scenario, String... options) {
    List<String> validate = errors(InProcess.run(TYPES, concat(new String[] {"validate", scenario.toString()}, options)));
    Path out = dir.resolve("run");
    List<String> run = errors(InProcess.run(TYPES,
        concat(new String[] {"run", scenario.toString(), "--out", out.toString()}, options)));
    assertEquals(validate, run, "run refuses what validate does");
    assertFalse(Files.exists(out), "refused before the run started");
    return validate;
  }

  private static List<String> errors(InProcess.Result r) {
    assertEquals(2, r.exit(), "exit code; stderr was:\n" + r.err());
    assertFalse(r.err().contains("\tat "), "no stack trace:\n" + r.err());
    return Arrays.stream(r.err().split("\n")).filter(l -> l.startsWith("error: ")).toList();
  }

  private static String[] concat(String[] a, String[] b) {
    String[] all = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, all, a.length, b.length);
    return all;
  }

  @Test
  void aLearningSectionWithoutANetworkHasNothingToTrain() throws IOException {
    Path s = write(PLAIN.replaceAll("(?s)\"network\": \\{.*?\\]\\s*\\},", LEARNING));
    String at = "error: " + s + ": ";
    assertEquals(List.of(
        at + "$.network: missing, so the learning section has no weight to train; add populations and"
            + " projections that lead from the input to an output",
        at + "$.learning.loss: 'mse' trains against class labels, and the data has none: a loss without a target"),
        refused(s));
  }

  @Test
  void aLearningSectionWithoutAProjectionHasNothingToTrain() throws IOException {
    Path s = write(PLAIN.replace("\"projections\": [{\"from\": \"in\", \"to\": \"out\"}]", "\"projections\": []")
        .replace("\"schedule\"", LEARNING + " \"schedule\""));
    String at = "error: " + s + ": ";
    assertEquals(at + "$.network.projections: empty, so the learning section has no weight to train (the output"
        + " would be the input population 'in' itself)", refused(s).get(0));
  }

  @Test
  void aMetricOfTrainingWithoutALearningSectionOrOfLabelsWithoutLabels() throws IOException {
    Path s = write(PLAIN.replace("\"metrics\": []", "\"metrics\": [\"train-loss\", \"test-accuracy\"]"));
    String at = "error: " + s + ": ";
    assertEquals(List.of(
        at + "$.metrics[0]: 'train-loss' measures the learning section's training, and the scenario has no"
            + " learning section: it would record a constant",
        at + "$.metrics[1]: 'test-accuracy' compares with class labels, and the data has none: it would record"
            + " a constant"), refused(s));
  }

  @Test
  void theNetworkIsCheckedAgainstTheDataBesideOtherProblems() throws IOException {
    Path s = write(PLAIN.replace("\"size\": 3", "\"size\": 4").replace("\"epochs\": 1", "\"epochs\": \"x\""));
    String at = "error: " + s + ": ";
    assertEquals(List.of(at + "$.schedule.epochs: must be a whole number, got the string \"x\"",
        at + "$.network.populations[0].size: 4 units but the data has 3 features"), refused(s));
  }

  @Test
  void weightsTooLargeForAJavaArraySayTheSizeThatAskedForThem() throws IOException {
    Path s = write(PLAIN);
    String at = "error: " + s + ": ";
    assertEquals(List.of(at + "$.network.populations[1].size: the weights of 'in->out' (1000000000 x 3 floats)"
        + " would be one array of 3000000000 values, 11.2 GiB; a Java array holds at most 2147483639"
        + " (set by --set network.populations[1].size=1000000000)"),
        refused(s, "--set", "network.populations[1].size=1000000000"));
  }

  @Test
  void aLearningSectionBesideAScheduleThatDoesNotUseItIsRefused() throws IOException {
    Path s = write(PLAIN.replace("\"schedule\": {\"epochs\": 1, \"batchSize\": 2}", LEARNING + " \"schedule\": \"test-still\"")
        .replace(SMOKE, ""));
    String at = "error: " + s + ": ";
    assertEquals(List.of(at + "$.learning: the 'test-still' schedule does not use a learning section (it trains a"
        + " model of its own, or presents nothing to learn from); remove it",
        at + "$.learning.loss: 'mse' trains against class labels, and the data has none: a loss without a target"),
        refused(s));
  }

  @Test
  void aComponentsArrayTooLargeIsSaidAtItsField() throws IOException {
    Path s = write(PLAIN.replace("\"metrics\": []", "\"metrics\": [{\"type\": \"test-buffer\", \"slots\": 4000000000}]"));
    assertEquals(List.of("error: " + s + ": $.metrics[0].slots: the buffer (4000000000 doubles) would be one array"
        + " of 4000000000 values, 29.8 GiB; a Java array holds at most 2147483639"), refused(s));
  }

  @Test
  void smokeWithoutASmokeSectionIsRefusedRatherThanRunAtFullSize() throws IOException {
    Path s = write(PLAIN.replace(SMOKE, ""));
    assertFalse(Files.readString(s).contains("smoke"));
    InProcess.Result r = InProcess.run(TYPES, "run", s.toString(), "--smoke", "--out", dir.resolve("run").toString());
    assertEquals(List.of("error: " + s + ": $.smoke: missing, so --smoke would run the scenario at full size;"
        + " add the changes that shrink it (e.g. \"smoke\": {\"schedule.epochs\": 1}) or run without --smoke"),
        errors(r));
    assertFalse(Files.exists(dir.resolve("run")));
    // Nothing is wrong with the scenario itself: validate and a full-size run accept it.
    InProcess.Result v = InProcess.run(TYPES, "validate", s.toString());
    assertEquals(0, v.exit(), v.err());
    assertTrue(v.out().startsWith("ok: "), v.out());
  }
}
