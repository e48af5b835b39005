package dev.plasticity.scenarios;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plasticity.api.math.Matrix;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * bin/plasticity finds SIFT-10k by name: from a folder holding siftsmall_base.fvecs the
 * same metrics.jsonl bytes as from the text copy; with none anywhere, exit 2 and one line
 * naming every place tried and how to get the file.
 */
class SiftDataIT {
  private static final Path FLYHASH = Scenarios.dir().resolve("olfaction/flyhash-sift10k.json");

  @TempDir
  Path tmp;

  private record Outcome(int exit, String out, String err) {}

  /** bin/plasticity with {@code env}, stdout and stderr apart. */
  private Outcome plasticity(Map<String, String> env, String... args) throws Exception {
    List<String> cmd = new ArrayList<>(List.of("bash", Scenarios.dir().getParent().resolve("bin/plasticity").toString()));
    cmd.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(cmd)
        .redirectOutput(tmp.resolve("out.txt").toFile()).redirectError(tmp.resolve("err.txt").toFile());
    pb.environment().put("PLASTICITY_NO_BUILD", "1");
    pb.environment().remove("PLASTICITY_DATA");
    pb.environment().putAll(env);
    Process p = pb.start();
    assertTrue(p.waitFor(300, TimeUnit.SECONDS), "bin/plasticity " + String.join(" ", args) + " ended");
    return new Outcome(p.exitValue(), Files.readString(tmp.resolve("out.txt")), Files.readString(tmp.resolve("err.txt")));
  }

  @Test
  void withNoDataAnywhereOneLineNamesEveryPlaceTried() throws Exception {
    Path empty = Files.createDirectories(tmp.resolve("no-data"));
    Path cache = Files.createDirectories(tmp.resolve("no-cache"));
    String url = "http://127.0.0.1:" + freePort() + "/siftsmall.tar.gz";
    Outcome o = plasticity(Map.of("PLASTICITY_DATA", empty.toString(), "PLASTICITY_CACHE", cache.toString(),
        "PLASTICITY_JAVA_OPTS", "-Dplasticity.sift10k.url=" + url), "run", FLYHASH.toString(), "--out",
        tmp.resolve("run").toString());
    assertEquals(2, o.exit(), o.out() + o.err());
    List<String> errors = o.err().lines().filter(l -> l.startsWith("error:")).toList();
    assertEquals(1, errors.size(), o.err());
    String line = errors.get(0);
    for (String place : new String[] {"PLASTICITY_DATA " + empty, "the cache " + cache.resolve("sift10k"),
        "the download from " + url + " failed (Connection refused)", "wget ftp://ftp.irisa.fr/"}) {
      assertTrue(line.contains(place), place + " in: " + line);
    }
    assertFalse(o.err().contains("Exception") || o.err().contains("\tat "), "no stack trace: " + o.err());
  }

  @Test
  @NeedsSift10k
  void fromSiftsmallBaseFvecsTheSameMetricsAsFromTheTextCopy() throws Exception {
    Matrix v = SiftFiles.vectors();
    Path fvecs = SiftFiles.fvecs(tmp.resolve("fvecs/siftsmall_base.fvecs"), v);
    Path text = SiftFiles.text(tmp.resolve("text/sift10k.txt"), v);
    byte[][] metrics = new byte[2][];
    Path[] dirs = {fvecs.getParent(), text.getParent()};
    for (int i = 0; i < 2; i++) {
      Path run = tmp.resolve("run" + i);
      // The whole set and every hash length, one repeat (the full five take a minute each).
      Outcome o = plasticity(Map.of("PLASTICITY_DATA", dirs[i].toString(),
          "PLASTICITY_CACHE", Files.createDirectories(tmp.resolve("cache" + i)).toString()),
          "run", FLYHASH.toString(), "--set", "schedule.repeats=1", "--out", run.toString());
      assertEquals(0, o.exit(), o.out() + o.err());
      metrics[i] = Files.readAllBytes(run.resolve("metrics.jsonl"));
      String provenance = Files.readString(run.resolve("provenance.json"), StandardCharsets.UTF_8);
      assertTrue(provenance.contains(dirs[i].resolve(i == 0 ? "siftsmall_base.fvecs" : "sift10k.txt").toString()),
          provenance);
    }
    assertTrue(metrics[0].length > 0);
    assertArrayEquals(metrics[0], metrics[1], "metrics.jsonl from the .fvecs file and from the text copy");
  }

  private static int freePort() throws Exception {
    try (java.net.ServerSocket s = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      return s.getLocalPort();
    }
  }
}
