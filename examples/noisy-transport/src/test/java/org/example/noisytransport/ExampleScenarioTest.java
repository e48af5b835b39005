package org.example.noisytransport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plasticity.runtime.cli.InProcess;
import dev.plasticity.runtime.plugins.PluginLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The example's scenario runs in its smoke size through the real command line, with this
 * plugin found by ServiceLoader beside the shipped ones, as {@code bin/plasticity} finds it
 * on the module path.
 */
class ExampleScenarioTest {
  @TempDir
  Path out;

  @Test
  void scenarioRunsInItsSmokeSize() throws Exception {
    Path scenario = Path.of("noisy-transport.json");
    InProcess.Result r = InProcess.run(PluginLoader.discover(), "run", scenario.toString(), "--smoke",
        "--out", out.toString());
    assertEquals(0, r.exit(), r.err());
    String summary = Files.readString(out.resolve("summary.json"));
    for (String v : new String[] {"bp", "fresh-0.5", "held-8", "fa"}) {
      assertTrue(summary.contains("\"" + v + "\""), v + " in " + summary);
    }
  }
}
