package dev.plasticity.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.plasticity.runtime.cli.InProcess;
import dev.plasticity.runtime.scenario.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every {@code bin/plasticity} command line written in the README and in {@code docs/} runs as
 * written, in its scenario's smoke size, and every bench script named there exists: a
 * command the docs tell users to type cannot rot unnoticed.
 *
 * <p>A {@code run} gets {@code --smoke --out DIR}. Where a {@code --set} of the command
 * enlarges what the smoke block shrinks (a {@code --set schedule.sequences=6000}, applied
 * after the smoke block), the run also stops after a few ticks, so the suite checks the
 * command and its first training steps rather than a half-hour run. Commands with
 * placeholders ({@code SCENARIO}, {@code NAME}, {@code DIR}) are templates, not commands.
 * Commands that need the example plugin's jar are run by that module's own
 * {@code ExampleScenarioTest}. Where this machine has no SIFT-10k, its scenarios run on the
 * generated stand-in the smoke tests use ({@link SiftData}).
 */
class DocCommandsTest {
  private static final Pattern FENCE = Pattern.compile("(?s)```[a-z]*\\n(.*?)```");
  private static final Pattern SPAN = Pattern.compile("`(bin/plasticity [^`]+|bench/[^`\\s]+\\.sh[^`]*)`");
  private static final Pattern PLACEHOLDER =
      Pattern.compile("\\b(SCENARIO|NAME|DIR|RUN_DIR|COMMAND|PATH=VALUE|N)\\b|\\.\\.\\.|my-scenario|\\[|\\*");
  /** Ticks a run is cut to when a --set makes it larger than its smoke size. */
  private static final String FEW_TICKS = "20";

  @TempDir
  Path out;

  static Path root() {
    return Scenarios.dir().getParent();
  }

  /** The documentation pages: the README and every page under docs/. */
  static List<Path> pages() throws IOException {
    List<Path> pages = new ArrayList<>(List.of(root().resolve("README.md")));
    try (Stream<Path> s = Files.list(root().resolve("docs"))) {
      s.filter(p -> p.toString().endsWith(".md")).sorted().forEach(pages::add);
    }
    return pages;
  }

  /** Command lines in fenced blocks and code spans, continuations joined, comments dropped. */
  static Set<String> commands(String markdown) {
    Set<String> found = new LinkedHashSet<>();
    Matcher fence = FENCE.matcher(markdown);
    while (fence.find()) {
      for (String line : fence.group(1).replace("\\\n", " ").split("\n")) {
        String command = clean(line);
        if (command.startsWith("bin/plasticity ") || command.matches("bench/\\S+\\.sh.*")) {
          found.add(command);
        }
      }
    }
    Matcher span = SPAN.matcher(markdown.replaceAll("(?s)```.*?```", ""));
    while (span.find()) {
      found.add(clean(span.group(1)));
    }
    return found;
  }

  private static String clean(String line) {
    String s = line.replaceAll("\\s+#\\s.*$", "").replace(">/dev/null", "").trim();
    return s.replaceAll("\\s+", " ");
  }

  @Test
  void theDocsNameCommands() throws IOException {
    int n = 0;
    for (Path page : pages()) {
      n += commands(Files.readString(page)).size();
    }
    assertTrue(n >= 20, "only " + n + " commands found in the docs: is the extraction broken?");
  }

  @Test
  void theReadmeIsShort() throws IOException {
    long lines = Files.readAllLines(root().resolve("README.md")).size();
    assertTrue(lines < 300, "README.md has " + lines + " lines; the reference belongs in docs/");
  }

  @TestFactory
  Stream<DynamicTest> everyDocumentedCommandRuns() throws IOException {
    List<DynamicTest> tests = new ArrayList<>();
    for (Path page : pages()) {
      // A page's commands run in its order, in a workspace of its own: its `run --out runs/bp`
      // makes the directory its `export runs/bp` reads.
      Path workspace = out.resolve(page.getFileName().toString());
      for (String command : commands(Files.readString(page))) {
        if (PLACEHOLDER.matcher(command).find() || command.contains("PLASTICITY_PLUGIN_PATH")) {
          continue;
        }
        String where = root().relativize(page) + ": " + command;
        tests.add(DynamicTest.dynamicTest(where, () -> runs(where, command, workspace)));
      }
    }
    assertFalse(tests.isEmpty());
    return tests.stream();
  }

  private void runs(String where, String command, Path workspace) throws IOException {
    List<String> words = ShellWords.split(command);
    if (words.get(0).startsWith("bench/")) {
      Path script = root().resolve(words.get(0));
      assertTrue(Files.isExecutable(script), where + ": no executable " + script);
      return;
    }
    List<String> args = new ArrayList<>();
    for (int i = 1; i < words.size(); i++) {
      String w = words.get(i);
      Path file = root().resolve(w);
      boolean directory = words.get(i - 1).equals("--out") || i == 2 && List.of("export", "resume").contains(words.get(1));
      // Files of the project are the project's; run directories the command names are the workspace's.
      args.add(w.endsWith(".json") && Files.exists(file) ? file.toString() : directory ? workspace.resolve(w).toString() : w);
    }
    if (args.get(0).equals("sweep")) {
      // A sweep in smoke size: its smoke block shrinks its axes and seeds as well as each task.
      if (!args.contains("--smoke")) {
        args.add("--smoke");
      }
      if (!args.contains("--out")) {
        args.addAll(List.of("--out", workspace.resolve("sweep" + Math.abs(command.hashCode())).toString()));
      }
    }
    if (args.get(0).equals("run")) {
      Path scenario = Path.of(args.get(1));
      if (!args.contains("--smoke")) {
        args.add("--smoke");
      }
      if (!args.contains("--out")) {
        args.addAll(List.of("--out", workspace.resolve("run" + Math.abs(command.hashCode())).toString()));
      }
      if (enlargesSmoke(scenario, words)) {
        args.addAll(List.of("--stop-after-tick", FEW_TICKS));
      }
      if (SiftData.real().isEmpty()) {
        args.addAll(List.of(SiftData.standIn(scenario)));
      }
    }
    InProcess.Result r = Scenarios.cli(args.toArray(String[]::new));
    assertEquals(0, r.exit(), where + "\n" + r.err());
  }

  /** Whether a --set of the command names a path the scenario's smoke block shrinks. */
  private static boolean enlargesSmoke(Path scenario, List<String> words) throws IOException {
    JsonNode smoke = Json.readFile(scenario).get("smoke");
    for (int i = 0; i + 1 < words.size(); i++) {
      if (words.get(i).equals("--set") && smoke != null) {
        String path = words.get(i + 1).split("=", 2)[0];
        if (smoke.has(path)) {
          return true;
        }
      }
    }
    return false;
  }
}
