package dev.plasticity.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Black-box: the assembled jars run as JPMS modules (as bin/plasticity runs them), every
 * plugin is found through its module descriptor, and the module graph resolves.
 */
class ModulePathIT {
  static Path modules() {
    Path m = Scenarios.dir().resolve("target/modules");
    assertTrue(Files.isDirectory(m), "run after package: " + m);
    return m;
  }

  /** The java command line of bin/plasticity. */
  static List<String> java(String... args) {
    List<String> cmd = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "--add-modules", "jdk.incubator.vector,ALL-MODULE-PATH",
        "--module-path", modules().toString(),
        "-m", "dev.plasticity.runtime/dev.plasticity.runtime.cli.Main"));
    cmd.addAll(List.of(args));
    return cmd;
  }

  static String run(List<String> cmd, int expectedExit) throws Exception {
    return run(cmd, java.util.Map.of(), expectedExit);
  }

  /** Runs {@code cmd} with {@code env} changed: an empty value removes the variable. */
  static String run(List<String> cmd, java.util.Map<String, String> env, int expectedExit)
      throws Exception {
    return run(cmd, env, null, expectedExit);
  }

  /** Runs {@code cmd} in the working directory {@code dir} (null: this one) with {@code env} changed. */
  static String run(List<String> cmd, java.util.Map<String, String> env, Path dir, int expectedExit)
      throws Exception {
    ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
    if (dir != null) {
      pb.directory(dir.toFile());
    }
    env.forEach((k, v) -> {
      if (v.isEmpty()) {
        pb.environment().remove(k);
      } else {
        pb.environment().put(k, v);
      }
    });
    Process p = pb.start();
    String output = new String(p.getInputStream().readAllBytes());
    assertTrue(p.waitFor(120, TimeUnit.SECONDS));
    assertEquals(expectedExit, p.exitValue(), output);
    return output;
  }

  @Test
  void everyPluginIsFoundAsANamedModule() throws Exception {
    String out = run(java("list"), 0);
    for (String module : new String[] {"dev.plasticity.runtime", "dev.plasticity.alignment",
        "dev.plasticity.lsh", "dev.plasticity.olfaction", "dev.plasticity.bptt", "dev.plasticity.hebbian"}) {
      assertTrue(out.contains("(" + module + ")"), module + " in:\n" + out);
    }
  }

  @Test
  void aScenarioValidatesOnTheModulePath() throws Exception {
    String out = run(java("validate", Scenarios.dir().resolve("alignment/bp-fashion-mnist.json").toString()), 0);
    assertTrue(out.contains("ok: "), out);
  }
}
