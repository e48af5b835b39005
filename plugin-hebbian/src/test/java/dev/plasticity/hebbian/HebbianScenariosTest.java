package dev.plasticity.hebbian;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.plasticity.runtime.cli.InProcess;
import dev.plasticity.runtime.plugins.PluginLoader;
import dev.plasticity.runtime.plugins.TypeRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * This plugin's scenarios (scenarios/hebbian/) in their smoke size, through the real command
 * line in-process: each runs, runs again to the same bytes, and a run stopped inside its second
 * epoch resumes to the same metrics.jsonl. The scenarios module checks every scenario the same
 * way; this runs in seconds with this module's build alone.
 */
class HebbianScenariosTest {
  private static final TypeRegistry TYPES = PluginLoader.discover();

  @TempDir
  Path out;

  @TestFactory
  Stream<DynamicTest> everyHebbianScenarioIsDeterministicAndResumes() throws Exception {
    Path dir = Paths.get("").toAbsolutePath().resolveSibling("scenarios").resolve("hebbian");
    List<Path> files;
    try (Stream<Path> s = Files.list(dir)) {
      files = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
    }
    return files.stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> {
      String name = f.getFileName().toString();
      byte[] whole = run(f, out.resolve(name + "-a"));
      assertArrayEquals(whole, run(f, out.resolve(name + "-b")), name + ": same seed, same bytes");
      Path split = out.resolve(name + "-split");
      long stop = 1 + 3 * ticksPerEpoch(whole) / 8 + ticksPerEpoch(whole);
      cli("run", f.toString(), "--smoke", "--out", split.toString(), "--stop-after-tick", Long.toString(stop));
      cli("resume", split.toString());
      assertArrayEquals(whole, Files.readAllBytes(split.resolve("metrics.jsonl")),
          name + ": metrics.jsonl after a stop at tick " + stop + " and resume");
    }));
  }

  private byte[] run(Path scenario, Path dir) throws Exception {
    cli("run", scenario.toString(), "--smoke", "--out", dir.toString());
    return Files.readAllBytes(dir.resolve("metrics.jsonl"));
  }

  /** The tick of the first row plus one: every smoke scenario here evaluates once per epoch. */
  private static long ticksPerEpoch(byte[] metrics) {
    String first = new String(metrics, java.nio.charset.StandardCharsets.UTF_8).lines().findFirst().orElseThrow();
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"tick\":(\\d+)").matcher(first);
    return m.find() ? Long.parseLong(m.group(1)) + 1 : 1;
  }

  private static void cli(String... args) {
    InProcess.Result r = InProcess.run(TYPES, args);
    assertEquals(0, r.exit(), String.join(" ", args) + ": " + r.err());
  }
}
