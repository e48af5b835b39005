package dev.plasticity.runtime.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.plasticity.runtime.cli.InProcess;
import dev.plasticity.runtime.engine.TinyRun;
import dev.plasticity.runtime.scenario.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A stopped run's summary.json and report.html do not pass its numbers off as final: the
 * run's status, each variant's epochs done of planned, and a banner saying how to continue.
 */
class NotFinalOutputsTest {
  @TempDir
  Path dir;

  @Test
  void aStoppedRunSaysHowFarItGotAndHowToContinue() throws IOException {
    Path scenario = TinyRun.scenario(dir, ""); // one variant: 2 epochs of 3 ticks
    Path run = dir.resolve("partial");
    InProcess.Result r = TinyRun.cli("run", scenario.toString(), "--out", run.toString(), "--stop-after-tick", "4");
    assertEquals(0, r.exit(), r.err());

    JsonNode summary = Json.readFile(run.resolve("summary.json"));
    assertEquals("interrupted", summary.get("status").asText());
    JsonNode v = summary.get("variants").get("default");
    assertEquals("interrupted", v.get("status").asText());
    assertEquals(1, v.get("epochsDone").asInt());
    assertEquals(2, v.get("epochsPlanned").asInt());
    String report = Files.readString(run.resolve("report.html"));
    assertTrue(report.contains("<strong>Interrupted</strong> with 1 of 2 epochs done — continue with: "
        + "<code>bin/plasticity resume " + run + "</code>"), report);
    assertTrue(report.contains("Values so far (not final)") && !report.contains("Final values"), report);

    r = TinyRun.cli("resume", run.toString());
    assertEquals(0, r.exit(), r.err());
    summary = Json.readFile(run.resolve("summary.json"));
    assertEquals("finished", summary.get("status").asText());
    assertEquals(2, summary.get("variants").get("default").get("epochsDone").asInt());
    report = Files.readString(run.resolve("report.html"));
    assertTrue(report.contains("Final values") && !report.contains("class=\"banner"), report);
  }

  @Test
  void variantsNotStartedAndFailedAreListedWithTheirStanding() throws IOException {
    Path scenario = TinyRun.scenario(dir, "\"bad\": {\"metrics[1].tick\": 1}, \"a\": {}, \"later\": {}");
    Path run = dir.resolve("r");
    InProcess.Result r = TinyRun.cli("run", scenario.toString(), "--out", run.toString(), "--stop-after-tick", "1");
    assertEquals(1, r.exit(), "a variant failed: " + r.err());

    JsonNode summary = Json.readFile(run.resolve("summary.json"));
    assertEquals("interrupted", summary.get("status").asText(), "something is left to run");
    JsonNode vs = summary.get("variants");
    assertEquals("failed", vs.get("bad").get("status").asText());
    assertEquals(0, vs.get("bad").get("epochsDone").asInt());
    assertEquals("interrupted", vs.get("a").get("status").asText());
    assertEquals("pending", vs.get("later").get("status").asText());
    assertEquals(0, vs.get("later").get("epochsDone").asInt());
    assertEquals(2, vs.get("later").get("epochsPlanned").asInt());
    String report = Files.readString(run.resolve("report.html"));
    assertTrue(report.contains("<strong>Interrupted</strong> a with 0 of 2 epochs done, later not started"), report);
    assertTrue(report.contains("<p class=\"banner failed\"><strong>Variant 'bad' failed at tick 1 in FEEDBACK event"),
        report);

    r = TinyRun.cli("resume", run.toString());
    assertEquals(1, r.exit(), r.err());
    summary = Json.readFile(run.resolve("summary.json"));
    assertEquals("failed", summary.get("status").asText(), "all ran, one failed");
    assertFalse(Files.readString(run.resolve("report.html")).contains("Interrupted"));
  }
}
