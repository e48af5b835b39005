package dev.plasticity.scenarios;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.plasticity.api.data.Data;
import dev.plasticity.api.math.Matrix;
import dev.plasticity.runtime.cli.InProcess;
import dev.plasticity.runtime.data.Sha256;
import dev.plasticity.runtime.data.Sift10k;
import dev.plasticity.runtime.engine.FileDataContext;
import dev.plasticity.runtime.scenario.Json;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real SIFT-10k in each form a user may hold it in reads as the same vectors and gives
 * the same metrics; downloaded, it is taken out of its archive, verified and cached; a run
 * records the file it read and its SHA-256.
 */
@NeedsSift10k
class Sift10kFilesTest {
  private static final Path FLYHASH = Scenarios.dir().resolve("olfaction/flyhash-sift10k.json");

  @TempDir
  Path tmp;

  @AfterEach
  void clear() {
    System.clearProperty("plasticity.data");
    System.clearProperty("plasticity.cache");
    System.clearProperty("plasticity.sift10k.url");
  }

  private Path run(Path dataDir, String name) throws Exception {
    System.setProperty("plasticity.data", dataDir.toString());
    System.setProperty("plasticity.cache", tmp.resolve("cache-" + name).toString());
    Path out = tmp.resolve(name);
    InProcess.Result r = Scenarios.cli("run", FLYHASH.toString(), "--smoke", "--out", out.toString());
    assertEquals(0, r.exit(), r.err());
    return out;
  }

  @Test
  void theFvecsFileAndTheTextCopyGiveTheSameMetricsAndTheRunRecordsWhichItRead() throws Exception {
    Matrix v = SiftFiles.vectors();
    Path fvecs = SiftFiles.fvecs(tmp.resolve("fvecs/siftsmall_base.fvecs"), v);
    Path text = SiftFiles.text(tmp.resolve("text/sift10k.txt"), v);
    Path a = run(fvecs.getParent(), "from-fvecs");
    Path b = run(text.getParent(), "from-text");
    assertArrayEquals(Files.readAllBytes(a.resolve("metrics.jsonl")), Files.readAllBytes(b.resolve("metrics.jsonl")));
    for (Path[] runAndFile : new Path[][] {{a, fvecs}, {b, text}}) {
      JsonNode files = Json.readFile(runAndFile[0].resolve("provenance.json")).get("dataFiles");
      assertEquals(1, files.size(), files.toString());
      assertEquals(runAndFile[1].toString(), files.get(0).get("file").asText());
      assertEquals(Sha256.of(runAndFile[1]), files.get(0).get("sha256").asText());
    }
  }

  @Test
  void aDownloadIsTakenOutOfItsArchiveVerifiedAndCachedForTheNextRun() throws Exception {
    Path archive = SiftFiles.archive(tmp.resolve("siftsmall.tar.gz"),
        SiftFiles.fvecs(tmp.resolve("x/siftsmall_base.fvecs"), SiftFiles.vectors()));
    System.setProperty("plasticity.data", "");
    System.setProperty("plasticity.cache", tmp.resolve("cache").toString());
    System.setProperty("plasticity.sift10k.url", archive.toUri().toString());
    Data first = new Sift10k(null, 0).load(new FileDataContext(null));
    Path cached = tmp.resolve("cache/sift10k/siftsmall_base.fvecs");
    assertEquals(cached.toString(), first.files().get(0).file());
    Files.delete(archive); // the next load must not need it
    Data again = new Sift10k(null, 300).load(new FileDataContext(null));
    assertEquals(300, again.train().size());
    assertEquals(128, again.train().dim());
    assertArrayEquals(java.util.Arrays.copyOf(first.train().features().data(), 300 * 128),
        again.train().features().data());
    try (var left = Files.list(cached.getParent())) {
      assertEquals(1, left.count(), "the base set only: no archive or part file left");
    }
  }

  @Test
  void aCorruptedCopyIsRefusedNamingItAndTheSha256() throws Exception {
    Matrix v = SiftFiles.vectors();
    Matrix changed = Matrix.wrap(v.data().clone(), v.rows(), v.cols());
    changed.data()[12345] += 1;
    Path bad = SiftFiles.text(tmp.resolve("bad/sift10k.txt"), changed);
    System.setProperty("plasticity.data", bad.getParent().toString());
    InProcess.Result r = Scenarios.cli("run", FLYHASH.toString(), "--smoke", "--out", tmp.resolve("r").toString());
    assertEquals(2, r.exit(), r.err());
    assertTrue(r.err().contains(bad + ": not SIFT-10k: its vectors have SHA-256 "), r.err());
    assertTrue(r.err().contains("expected 14a29b145a50cd62bf2b184d88dc7180604dadbb0208fb183ea0e2bf7654ad72"), r.err());
    assertEquals(1, r.err().lines().filter(l -> l.startsWith("error:")).count(), r.err());
  }
}
