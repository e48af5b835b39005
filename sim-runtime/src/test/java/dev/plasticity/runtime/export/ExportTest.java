package dev.plasticity.runtime.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.plasticity.api.sim.StateMap;
import dev.plasticity.runtime.cli.InProcess;
import dev.plasticity.runtime.engine.CheckpointFile;
import dev.plasticity.runtime.engine.TinyRun;
import dev.plasticity.runtime.scenario.Json;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * plasticity export on real (tiny) runs through the command line: the files hold the
 * checkpoint's values with the network's shapes, bad input is one line with exit 2, and an
 * unfinished run exports what it has and says so. numpy and a Parquet reader load these
 * files in the scenarios module's ExportIT.
 */
class ExportTest {
  @TempDir
  Path dir;

  private Path run(String variants, String... more) {
    Path scenario = TinyRun.scenario(dir, variants);
    Path out = dir.resolve("run");
    List<String> args = new ArrayList<>(List.of("run", scenario.toString(), "--out", out.toString()));
    args.addAll(List.of(more));
    InProcess.Result r = TinyRun.cli(args.toArray(String[]::new));
    assertEquals(0, r.exit(), r.err());
    return out;
  }

  private static InProcess.Result export(Path runDir, String... more) {
    List<String> args = new ArrayList<>(List.of("export", runDir.toString()));
    args.addAll(List.of(more));
    return TinyRun.cli(args.toArray(String[]::new));
  }

  /** The values of a .npy file written little-endian float32 after its header. */
  private static float[] npyFloats(byte[] npy) {
    int headerLen = ByteBuffer.wrap(npy, 8, 2).order(ByteOrder.LITTLE_ENDIAN).getShort() & 0xffff;
    ByteBuffer data = ByteBuffer.wrap(npy, 10 + headerLen, npy.length - 10 - headerLen).order(ByteOrder.LITTLE_ENDIAN);
    float[] f = new float[data.remaining() / 4];
    data.asFloatBuffer().get(f);
    return f;
  }

  private static String npyHeader(byte[] npy) {
    int headerLen = ByteBuffer.wrap(npy, 8, 2).order(ByteOrder.LITTLE_ENDIAN).getShort() & 0xffff;
    return new String(npy, 10, headerLen, StandardCharsets.US_ASCII);
  }

  @Test
  void everyParameterIsWrittenWithItsShapeAndTheCheckpointsValues() throws IOException {
    Path runDir = run("\"a\": {}");
    InProcess.Result r = export(runDir);
    assertEquals(0, r.exit(), r.err());
    Path out = runDir.resolve("export");
    StateMap ckpt = CheckpointFile.read(runDir.resolve("checkpoint/a.bin"));
    byte[] w = Files.readAllBytes(out.resolve("a/in_to_out.W.npy"));
    assertEquals(0, (10 + npyHeader(w).length()) % 64, "data aligned as numpy aligns it");
    assertTrue(npyHeader(w).startsWith("{'descr': '<f4', 'fortran_order': False, 'shape': (2, 3), }"), npyHeader(w));
    assertArrayEquals(ckpt.floats("param/in->out.W/value"), npyFloats(w));
    JsonNode manifest = Json.readFile(out.resolve("manifest.json"));
    JsonNode arrays = manifest.get("variants").get(0).get("arrays");
    assertEquals("in->out.W", arrays.get(0).get("parameter").asText());
    assertEquals("a/in_to_out.W.npy", arrays.get(0).get("file").asText());
    assertEquals("[2,3]", arrays.get(0).get("shape").toString());
    assertEquals("finished", manifest.get("status").asText());
    assertEquals("int64", manifest.get("metrics").get("columns").get("epoch").asText());
    assertEquals("double", manifest.get("metrics").get("columns").get("test-curve/epoch").asText());
    assertEquals(Files.readString(runDir.resolve("metrics.csv")), Files.readString(out.resolve("metrics.csv")),
        "the CSV read back and written again is the run's own");
    byte[] parquet = Files.readAllBytes(out.resolve("metrics.parquet"));
    assertEquals("PAR1", new String(parquet, 0, 4, StandardCharsets.US_ASCII));
    assertEquals("PAR1", new String(parquet, parquet.length - 4, 4, StandardCharsets.US_ASCII));
  }

  @Test
  void anNpzHoldsTheSameArraysAsTheNpyFiles() throws IOException {
    Path runDir = run("\"a\": {}, \"b/c\": {}");
    assertEquals(0, export(runDir).exit());
    InProcess.Result r = export(runDir, "--npz", "--out", dir.resolve("z").toString());
    assertEquals(0, r.exit(), r.err());
    List<String> keys = new ArrayList<>();
    try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(dir.resolve("z/b%2Fc.npz")))) {
      for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
        keys.add(e.getName());
        assertArrayEquals(Files.readAllBytes(runDir.resolve("export/b%2Fc").resolve(e.getName())), zip.readAllBytes(),
            e.getName());
      }
    }
    assertFalse(keys.isEmpty());
    assertEquals("b/c", Json.readFile(dir.resolve("z/manifest.json")).get("variants").get(1).get("name").asText());
  }

  @Test
  void badInputIsOneLineAndExitTwo() throws IOException {
    Path runDir = run("\"a\": {}, \"b\": {}", "--variant", "a");
    Files.writeString(dir.resolve("file"), "x");
    Files.createDirectories(dir.resolve("empty"));
    Path foreign = Files.createDirectories(dir.resolve("foreign"));
    Files.writeString(foreign.resolve("notes.txt"), "mine");
    String[][] cases = {
        {dir.resolve("nope").toString()},
        {dir.resolve("file").toString()},
        {dir.resolve("empty").toString()},
        {runDir.toString(), "--variant", "zz"},
        {runDir.toString(), "--out", foreign.toString()},
    };
    for (String[] c : cases) {
      InProcess.Result r = TinyRun.cli(concat("export", c));
      assertEquals(2, r.exit(), Arrays.toString(c) + ": " + r.err());
      assertEquals(1, r.err().lines().count(), r.err());
      assertTrue(r.err().startsWith("error: "), r.err());
      assertFalse(r.err().contains("Exception"), r.err());
    }
    Path corrupt = dir.resolve("run/checkpoint/a.bin");
    Files.write(corrupt, Arrays.copyOf(Files.readAllBytes(corrupt), 20));
    InProcess.Result r = export(runDir, "--variant", "a");
    assertEquals(2, r.exit(), r.err());
    assertEquals("error: " + corrupt + ": truncated: the checkpoint ends before its last entry\n", r.err());
  }

  private static String[] concat(String first, String[] rest) {
    String[] all = new String[rest.length + 1];
    all[0] = first;
    System.arraycopy(rest, 0, all, 1, rest.length);
    return all;
  }

  @Test
  void aVariantThatNeverCheckpointedIsSkippedOrRefusedByName() {
    Path runDir = run("\"a\": {}, \"b\": {}", "--variant", "a");
    InProcess.Result all = export(runDir);
    assertEquals(0, all.exit(), all.err());
    // b is not part of this run; a run of both where b never started follows below.
    Path both = dir.resolve("both");
    Path scenario = dir.resolve("tiny.json");
    InProcess.Result stopped = TinyRun.cli("run", scenario.toString(), "--out", both.toString(),
        "--stop-after-tick", "3");
    assertEquals(0, stopped.exit(), stopped.err());
    InProcess.Result r = export(both);
    assertEquals(0, r.exit(), r.err());
    // Notes, like the runner's, go to standard error.
    assertTrue(r.err().contains("note: variant 'a' was interrupted: its checkpoint at tick 4 (1 of 2 epochs done)"
        + " is exported; continue the run with bin/plasticity resume " + both), r.err());
    assertTrue(r.err().contains("note: variant 'b' not exported: it never started, so it has no checkpoint"),
        r.err());
    assertEquals("interrupted", Json.readFile(both.resolve("export/manifest.json")).get("status").asText());
    InProcess.Result named = export(both, "--variant", "b");
    assertEquals(2, named.exit(), named.err());
    assertEquals("error: " + both + ": --variant b: it never started, so it has no checkpoint\n", named.err());
  }

  @Test
  void aFailedVariantExportsItsLastCheckpointAndSaysSo() {
    Path runDir = dir.resolve("run");
    InProcess.Result ran = TinyRun.cli("run", TinyRun.scenario(dir, "\"ok\": {}, \"bad\": {\"metrics[1].tick\": 4}")
        .toString(), "--out", runDir.toString());
    assertEquals(1, ran.exit(), ran.err());
    InProcess.Result r = export(runDir);
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.err().contains("note: variant 'bad' failed ("), r.err());
    assertTrue(r.err().contains("its checkpoint at tick 3 (1 of 2 epochs done) is exported"), r.err());
  }

  @Test
  void aCheckpointWithoutShapesIsShapedFromTheScenarioWhereItFitsAndFlatWhereNot() throws IOException {
    Path runDir = run("\"same\": {}, \"wider\": {\"network.populations[1].size\": 4}");
    for (String v : List.of("same", "wider")) { // as a build before shapes were recorded wrote them
      Path file = runDir.resolve("checkpoint/" + v + ".bin");
      StateMap old = new StateMap();
      CheckpointFile.read(file).entries().forEach((k, x) -> {
        if (!k.endsWith("/shape")) {
          old.putRaw(k, x);
        }
      });
      CheckpointFile.write(file, old);
    }
    InProcess.Result r = export(runDir);
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.err().contains("note: variant 'same': its checkpoint (from an older build) records no shapes;"
        + " in->out.W, in->out.b shaped from the run's scenario"), r.err());
    assertTrue(r.err().contains("note: variant 'wider': its checkpoint (from an older build) records no shapes;"
        + " in->out.W, in->out.b exported flat (1-D)"), r.err());
    Path out = runDir.resolve("export");
    assertTrue(npyHeader(Files.readAllBytes(out.resolve("same/in_to_out.W.npy"))).contains("'shape': (2, 3)"));
    assertTrue(npyHeader(Files.readAllBytes(out.resolve("same/in_to_out.b.npy"))).contains("'shape': (1, 2)"));
    assertTrue(npyHeader(Files.readAllBytes(out.resolve("wider/in_to_out.W.npy"))).contains("'shape': (12,)"));
  }

  @Test
  void namesAreFileSafeReadableAndDistinctOnCaseBlindFileSystems() {
    FileSafeNames names = new FileSafeNames();
    assertEquals("in_to_hidden.W", names.of("in->hidden.W"));
    assertEquals("in_to_hidden.b", names.of("in->hidden.b"));
    assertEquals("in_to_hidden.B_2", names.of("in->hidden.B"));
    assertEquals("a_b_c", names.of("a/b\\c"));
    assertEquals("_..", names.of(".."));
    assertEquals("_", names.of(""));
  }

  @Test
  void quotedCsvCellsKeepTheirCommasQuotesAndLineBreaks() {
    List<List<String>> r = CsvRecords.parse("variant,x\n\"a, \"\"b\"\"\nc\",1.5\r\nd,\n", Path.of("m.csv"));
    assertEquals(List.of(List.of("variant", "x"), List.of("a, \"b\"\nc", "1.5"), List.of("d", "")), r);
  }

  @Test
  void aOneDimensionalShapeIsATupleOfOne() {
    String h = new String(NpyFormat.header(new long[] {5}, new double[5]), StandardCharsets.US_ASCII);
    assertTrue(h.contains("'descr': '<f8', 'fortran_order': False, 'shape': (5,), }"), h);
    assertEquals(0, h.length() % 64, "the data starts 64-byte aligned");
    assertTrue(h.endsWith(" \n"));
  }
}
