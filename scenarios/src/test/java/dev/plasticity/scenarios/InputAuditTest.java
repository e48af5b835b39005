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
    Files.copy(Scenarios.dir().resolve("olfaction/flyhash-sift10k.json"), mine);
    String written = "../../../shared/data/sift10k.txt";
    assertTrue(validate(mine).startsWith("error: " + mine + ": $.data.path: '" + written
        + "' (relative to the scenario's directory " + tmp + ") is " + tmp.resolve(written).normalize() + ": not found"));
  }
}
