package dev.plasticity.scenarios;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plasticity.runtime.cli.InProcess;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The same scenario and seed give byte-identical metrics; another seed other numbers. */
class DeterminismTest {
  @TempDir
  Path out;

  private byte[] metrics(String name, String... extra) throws Exception {
    Path run = out.resolve(name);
    String[] base = {"run", Scenarios.dir().resolve("alignment/bp-fashion-mnist.json").toString(), "--smoke",
        "--out", run.toString()};
    String[] args = Arrays.copyOf(base, base.length + extra.length);
    System.arraycopy(extra, 0, args, base.length, extra.length);
    InProcess.Result r = Scenarios.cli(args);
    assertEquals(0, r.exit(), r.err());
    return Files.readAllBytes(run.resolve("metrics.jsonl"));
  }

  @Test
  void sameSeedSameBytesOtherSeedOtherNumbers() throws Exception {
    byte[] a = metrics("a");
    byte[] b = metrics("b");
    byte[] c = metrics("c", "--seed", "7");
    assertTrue(a.length > 0);
    assertArrayEquals(a, b, "same seed, same metrics.jsonl");
    assertFalse(Arrays.equals(a, c), "another seed gives other numbers");
  }

  @Test
  void variantsSideBySideWriteTheSameBytesAsOneAfterAnother() throws Exception {
    String[] variants = {"--set", "variants.fast={\"learning.optimizer.lr\": 0.05}",
        "--set", "variants.slow={\"learning.optimizer.lr\": 0.001}",
        "--set", "variants.relu={\"network.populations[1].activation\": \"relu\"}"};
    byte[] serial = metrics("serial", variants);
    String[] parallel = Arrays.copyOf(variants, variants.length + 2);
    parallel[variants.length] = "--jobs";
    parallel[variants.length + 1] = "3";
    byte[] side = metrics("parallel", parallel);
    assertTrue(new String(serial).contains("\"variant\":\"relu\""));
    assertArrayEquals(serial, side, "--jobs 3 gives the same metrics.jsonl as --jobs 1");
  }
}
