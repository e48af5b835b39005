package dev.plasticity.scenarios.bptt;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plasticity.runtime.cli.Main;
import dev.plasticity.runtime.output.Console;
import dev.plasticity.runtime.plugins.PluginLoader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every scenario of scenarios/bptt in a smoke size, in process, through the CLI. */
class TemporalScenariosSmokeTest {
  @TempDir Path tmp;

  private String run(String scenario, Path out, String... extra) {
    List<String> args = new ArrayList<>(List.of("run", "bptt/" + scenario, "--out", out.toString()));
    args.addAll(List.of(extra));
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    PrintStream ps = new PrintStream(buf, true, StandardCharsets.UTF_8);
    int code = Main.execute(args.toArray(String[]::new), new Console(ps, ps, false),
        PluginLoader.discover());
    String text = buf.toString(StandardCharsets.UTF_8);
    assertEquals(Main.OK, code, scenario + " failed:\n" + text);
    return text;
  }

  private static String summary(Path out) throws IOException {
    return Files.readString(out.resolve("summary.json"));
  }

  @Test
  void onlineRulesRunEveryRuleAndAreDeterministic() throws IOException {
    String[] small = {"--set", "schedule.sequences=2", "--set", "schedule.task.window=50",
        "--set", "schedule.cell.hidden=8"};
    run("online-rules.json", tmp.resolve("a"), small);
    run("online-rules.json", tmp.resolve("b"), small);
    String s = summary(tmp.resolve("a"));
    for (String v : List.of("rtrl", "uoro", "kf-rtrl", "snap-1", "e-prop", "e-prop-random", "tbptt10")) {
      assertTrue(s.contains("\"" + v + "\""), "summary lacks " + v);
    }
    assertTrue(s.contains("train-mse"));
    assertArrayEquals(Files.readAllBytes(tmp.resolve("a/metrics.jsonl")),
        Files.readAllBytes(tmp.resolve("b/metrics.jsonl")), "same seed, different metrics");
  }

  @Test
  void delayedRecallRunsEveryGapAndAlgorithm() throws IOException {
    run("delayed-recall.json", tmp, "--set", "schedule.sequences=4", "--set", "schedule.evalEvery=2",
        "--set", "schedule.evalSequences=32", "--set", "schedule.batchSize=8",
        "--set", "schedule.cell.hidden=8");
    String s = summary(tmp);
    for (String g : List.of("G10", "G30", "G100")) {
      for (String a : List.of("bptt", "tbptt5", "attention-tbptt5")) {
        assertTrue(s.contains("\"" + g + "-" + a + "\""), "summary lacks " + g + "-" + a);
      }
    }
    assertTrue(s.contains("eval-accuracy"));
  }

  @Test
  void addingRuns() throws IOException {
    run("adding.json", tmp, "--set", "schedule.sequences=3", "--set", "schedule.evalEvery=3",
        "--set", "schedule.evalSequences=16", "--set", "schedule.batchSize=4",
        "--set", "schedule.cell.hidden=8", "--set", "schedule.task.length=20");
    assertTrue(summary(tmp).contains("eval-mse"));
  }

  @Test
  void copyWithAttentionRuns() throws IOException {
    run("copy-attention.json", tmp, "--set", "schedule.sequences=2", "--set", "schedule.evalEvery=2",
        "--set", "schedule.evalSequences=8", "--set", "schedule.batchSize=4",
        "--set", "schedule.cell.hidden=8", "--set", "schedule.task.delay=20");
    String s = summary(tmp);
    assertTrue(s.contains("sab-top5-tbptt10") && s.contains("eval-accuracy"));
  }

  @Test
  void sequentialFashionMnistRuns() throws IOException {
    run("sequential-fashion-mnist.json", tmp, "--variant", "bptt", "--set", "data.trainLimit=200",
        "--set", "data.testLimit=40", "--set", "schedule.sequences=4", "--set", "schedule.evalEvery=2",
        "--set", "schedule.evalSequences=40", "--set", "schedule.batchSize=10",
        "--set", "schedule.cell.hidden=8");
    assertTrue(summary(tmp).contains("eval-accuracy"));
  }

  @Test
  void gradientEquivalenceRecordsEveryCheckAndRtrlEqualsBptt() throws IOException {
    run("gradient-equivalence.json", tmp, "--smoke");
    String s = summary(tmp);
    for (String m : List.of("rtrl-vs-bptt", "snap1-vs-bptt-diagonal", "bptt-vs-finite-differences",
        "uoro-mean-vs-rtrl", "uoro-mean-cosine", "kf-rtrl-mean-vs-rtrl", "kf-rtrl-mean-cosine")) {
      assertTrue(s.contains("\"" + m + "\""), "summary lacks " + m);
    }
    var rtrl = java.util.regex.Pattern.compile("\"rtrl-vs-bptt\" : ([0-9.E-]+)").matcher(s);
    while (rtrl.find()) {
      assertTrue(Double.parseDouble(rtrl.group(1)) < 1e-9, "RTRL vs BPTT " + rtrl.group(1));
    }
  }

  @Test
  void costScalingRunsItsSmallestAndALargerSize() throws IOException {
    run("cost-scaling.json", tmp.resolve("a"), "--variant", "rtrl-n16");
    run("cost-scaling.json", tmp.resolve("b"), "--variant", "kf-rtrl-n64");
    assertTrue(summary(tmp.resolve("a")).contains("rtrl-n16"));
  }
}
