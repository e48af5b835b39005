package dev.plasticity.runtime.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.plasticity.runtime.cli.InProcess;
import dev.plasticity.runtime.engine.TinyRun;
import dev.plasticity.runtime.scenario.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The commands a run records and suggests paste into a POSIX shell as the same words. */
class ShellCommandTest {
  @TempDir
  Path dir;

  @Test
  void plainWordsStayAsTheyAreTheRestIsSingleQuoted() {
    assertEquals("schedule.epochs=2", ShellCommand.quote("schedule.epochs=2"));
    assertEquals("runs/bp-20260101-120000", ShellCommand.quote("runs/bp-20260101-120000"));
    assertEquals("'a b'", ShellCommand.quote("a b"));
    assertEquals("''", ShellCommand.quote(""));
    assertEquals("'it'\\''s'", ShellCommand.quote("it's"));
    assertEquals("'$HOME'", ShellCommand.quote("$HOME"));
  }

  @Test
  void theLauncherIsBinPlasticityWithThePluginPathInFrontWhenSet() {
    assertEquals("bin/plasticity resume runs/x", ShellCommand.plasticity(Map.of(), List.of("resume", "runs/x")));
    assertEquals("bin/plasticity resume runs/x",
        ShellCommand.plasticity(Map.of("PLASTICITY_PLUGIN_PATH", ""), List.of("resume", "runs/x")));
    assertEquals("PLASTICITY_PLUGIN_PATH='/opt/my plugins:/x' bin/plasticity resume runs/x",
        ShellCommand.plasticity(Map.of("PLASTICITY_PLUGIN_PATH", "/opt/my plugins:/x"), List.of("resume", "runs/x")));
    assertEquals("PLASTICITY_PLUGIN_PATH=" + Path.of("mine.jar").toAbsolutePath() + ":/x bin/plasticity list",
        ShellCommand.plasticity(Map.of("PLASTICITY_PLUGIN_PATH", "mine.jar:/x"), List.of("list")),
        "a relative entry is made absolute: the command is pasted in other directories");
  }

  @Test
  void quotedWordsReadBackAsTheSameWordsInAShell() throws Exception {
    List<String> words = List.of("variants.sab-w={\"schedule.memory\": {\"type\": \"sab\", \"k\": 8}}",
        "it's", "a\\b", "*", "~", "$(echo no)", "`x`", "!x", "tab\there", "new\nline", "{a,b}", "#x", "");
    assertEquals(words, echoedByShell(ShellCommand.plasticity(Map.of(), words)));
  }

  @Test
  void theRecordedCommandsAreQuoted() throws IOException, Exception {
    Path scenario = TinyRun.scenario(dir.resolve("my scenarios"), "\"a\": {}");
    String set = "variants.b={\"schedule.epochs\": 1}";
    Path out = dir.resolve("my runs/r");
    InProcess.Result r = TinyRun.cli("run", scenario.toString(), "--set", set, "--out", out.toString());
    assertEquals(0, r.exit(), r.err());
    JsonNode provenance = Json.readFile(out.resolve("provenance.json"));
    String command = provenance.get("command").asText();
    assertEquals("bin/plasticity run '" + scenario + "' --set 'variants.b={\"schedule.epochs\": 1}'", command);
    assertEquals(List.of("run", scenario.toString(), "--set", set), echoedByShell(command));
    String reproduce = provenance.get("reproduce").asText();
    assertEquals(List.of("run", out.resolve("scenario.json").toString()), echoedByShell(reproduce));
    assertTrue(Files.readString(out.resolve("report.html")).contains(reproduce), "report.html shows how to reproduce");
  }

  @Test
  void theLauncherIsNamedWhenThePathFindsItElseByItsAbsolutePath() throws IOException {
    Path bin = Files.createDirectories(dir.resolve("checkout/bin"));
    Path launcher = Files.writeString(bin.resolve("plasticity"), "#!/bin/sh\n");
    launcher.toFile().setExecutable(true);
    Path other = Files.createDirectories(dir.resolve("other"));
    assertEquals("plasticity resume x", ShellCommand.plasticity(Map.of("PATH", "/usr/bin:" + bin),
        launcher.toString(), List.of("resume", "x")));
    assertEquals(launcher + " resume x", ShellCommand.plasticity(Map.of("PATH", "/usr/bin"),
        launcher.toString(), List.of("resume", "x")), "not on the PATH: by its absolute path");
    Path shadow = Files.writeString(other.resolve("plasticity"), "#!/bin/sh\n");
    shadow.toFile().setExecutable(true);
    assertEquals(launcher + " resume x", ShellCommand.plasticity(Map.of("PATH", other + ":" + bin),
        launcher.toString(), List.of("resume", "x")), "another plasticity comes first on the PATH");
    assertEquals(launcher + " resume x", ShellCommand.plasticity(Map.of(), launcher.toString(), List.of("resume", "x")));
  }

  @Test
  void theReproduceCommandCarriesABlasThreadCountOtherThanTheLaunchersOne() {
    Path copy = Path.of("/r/scenario.json");
    assertEquals("bin/plasticity run /r/scenario.json", ShellCommand.reproduce(copy, "1"));
    assertEquals("OPENBLAS_NUM_THREADS=2 bin/plasticity run /r/scenario.json", ShellCommand.reproduce(copy, "2"));
  }

  @Test
  void theResumeHintOfAStoppedRunIsPastable() throws Exception {
    Path scenario = TinyRun.scenario(dir, "\"a\": {}");
    Path out = dir.resolve("my runs/r");
    InProcess.Result r = TinyRun.cli("run", scenario.toString(), "--out", out.toString(), "--stop-after-tick", "1");
    assertEquals(0, r.exit(), r.err());
    String hint = "continue with: bin/plasticity resume '" + out + "'";
    assertTrue(r.err().contains(hint), r.err());
    r = TinyRun.cli("run", scenario.toString(), "--out", out.toString());
    assertEquals(2, r.exit(), r.err());
    assertTrue(r.err().contains("continue it with " + hint.substring("continue with: ".length()) + " (or pass --force"),
        r.err());
  }

  /** The words after bin/plasticity of {@code command} as sh splits them. */
  private static List<String> echoedByShell(String command) throws Exception {
    String script = command.replaceFirst("^[^ ]*plasticity", "printf '%s\\\\0'");
    Process p = new ProcessBuilder("sh", "-c", script).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, p.waitFor(), out);
    List<String> words = new ArrayList<>(Arrays.asList(out.split("\0", -1)));
    words.remove(words.size() - 1);
    return words;
  }
}
