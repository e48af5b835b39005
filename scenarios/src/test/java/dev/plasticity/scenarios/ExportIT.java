package dev.plasticity.scenarios;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.plasticity.api.sim.StateMap;
import dev.plasticity.runtime.engine.CheckpointFile;
import dev.plasticity.runtime.scenario.Json;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Done-when 4 of issue 14: {@code bin/plasticity export RUN_DIR} writes .npy, .npz and
 * Parquet files that a real numpy (Debian's python3-numpy) and an independent Parquet
 * reader (DuckDB) load, equal to what the checkpoint holds.
 */
class ExportIT {
  private static final Map<String, String> NO_BUILD = Map.of("PLASTICITY_NO_BUILD", "1");
  private static final String NUMPY_INSTALL = "sudo apt-get install python3-numpy";
  private static final int HIDDEN = 32;

  @TempDir
  static Path dir;
  static Path runDir;

  /** A smoke run of backprop and feedback alignment (which adds B), with SGD momentum as optimizer state. */
  @BeforeAll
  static void runAndExport() throws Exception {
    runDir = dir.resolve("run");
    ModulePathIT.run(LauncherIT.launcher("run",
        Scenarios.dir().resolve("alignment/credit-rules-fashion-mnist.json").toString(), "--smoke",
        "--variant", "bp", "--variant", "fa", "--set", "network.populations[1].size=" + HIDDEN,
        "--out", runDir.toString()), NO_BUILD, 0);
    String npy = ModulePathIT.run(LauncherIT.launcher("export", runDir.toString()), NO_BUILD, 0);
    assertTrue(npy.contains("to " + runDir.resolve("export")), npy);
    ModulePathIT.run(LauncherIT.launcher("export", runDir.toString(), "--npz", "--optimizer-state",
        "--out", dir.resolve("npz").toString()), NO_BUILD, 0);
  }

  @Test
  void numpyLoadsEveryArrayWithTheNetworksShapeAndTheCheckpointsValues() throws Exception {
    String python = python().orElse(null);
    if (python == null) {
      String why = "python3 with numpy not found (tried /usr/bin/python3, then python3 on the PATH); install it with: "
          + NUMPY_INSTALL;
      System.err.println("SKIPPED ExportIT numpy check: " + why); // visible in the build's output, not only the report
      Assumptions.abort(why);
    }
    Path expected = expectations();
    Path script = Path.of(ExportIT.class.getResource("/export/check_numpy.py").toURI());
    String out = ModulePathIT.run(List.of(python, script.toString(), expected.toString(),
        runDir.resolve("export").toString(), dir.resolve("npz").toString()), 0);
    assertTrue(out.contains(" 0 problems"), out);
  }

  /**
   * Writes every array of both variants' checkpoints as raw little-endian float32 with its
   * shape, read here with the runtime's own checkpoint reader; the shapes of W are checked
   * against the scenario first (target × source), so numpy is held to the network, not to
   * what export says.
   */
  private static Path expectations() throws IOException {
    ArrayNode list = Json.MAPPER.createArrayNode();
    Path raw = Files.createDirectories(dir.resolve("expected"));
    for (String variant : List.of("bp", "fa")) {
      StateMap ckpt = CheckpointFile.read(runDir.resolve("checkpoint/" + variant + ".bin"));
      assertArrayEquals(new long[] {HIDDEN, 784}, ckpt.longs("param/in->hidden.W/shape"));
      assertArrayEquals(new long[] {10, HIDDEN}, ckpt.longs("param/hidden->out.W/shape"));
      for (String key : ckpt.entries().keySet()) {
        if (!key.startsWith("param/") || !(key.endsWith("/value") || key.contains("/slot/"))) {
          continue;
        }
        String name = key.substring("param/".length(), key.lastIndexOf(key.endsWith("/value") ? "/value" : "/slot/"));
        float[] values = ckpt.floats(key);
        Path file = raw.resolve(list.size() + ".f32");
        ByteBuffer b = ByteBuffer.allocate(values.length * 4).order(ByteOrder.LITTLE_ENDIAN);
        b.asFloatBuffer().put(values);
        Files.write(file, b.array());
        ObjectNode e = list.addObject();
        e.put("variant", variant);
        e.put("parameter", name);
        e.put("slot", key.contains("/slot/") ? key.substring(key.indexOf("/slot/") + "/slot/".length()) : null);
        e.put("raw", file.toString());
        ArrayNode shape = e.putArray("shape");
        for (long d : ckpt.longs("param/" + name + "/shape")) {
          shape.add(d);
        }
      }
    }
    assertTrue(list.size() > 8, "W, b of two projections, fa's B, and momentum: " + list);
    Path file = dir.resolve("expected.json");
    Files.writeString(file, list.toString());
    return file;
  }

  /** /usr/bin/python3 (Debian's, where python3-numpy installs), else python3 on the PATH; one that imports numpy. */
  private static Optional<String> python() {
    for (String candidate : List.of("/usr/bin/python3", "python3")) {
      try {
        Process p = new ProcessBuilder(candidate, "-c", "import numpy").redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        if (p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0) {
          return Optional.of(candidate);
        }
      } catch (IOException | InterruptedException e) {
        // not there: try the next
      }
    }
    return Optional.empty();
  }

  @Test
  void duckdbReadsTheParquetMetricsTypedAndEqualToMetricsJsonl() throws Exception {
    Path parquet = runDir.resolve("export/metrics.parquet");
    Map<String, String> types = new LinkedHashMap<>();
    List<Map<String, Object>> rows = new ArrayList<>();
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement()) {
      String from = "read_parquet('" + parquet.toString().replace("'", "''") + "')";
      try (ResultSet r = s.executeQuery("DESCRIBE SELECT * FROM " + from)) {
        while (r.next()) {
          types.put(r.getString("column_name"), r.getString("column_type"));
        }
      }
      try (ResultSet r = s.executeQuery("SELECT * FROM " + from)) {
        while (r.next()) {
          Map<String, Object> row = new LinkedHashMap<>();
          for (String col : types.keySet()) {
            row.put(col, r.getObject(col));
          }
          rows.add(row);
        }
      }
    }
    assertEquals("VARCHAR", types.get("variant"));
    assertEquals("VARCHAR", types.get("base_variant"));
    for (String col : List.of("epoch", "tick", "seed")) {
      assertEquals("BIGINT", types.get(col), col);
    }
    List<JsonNode> jsonl = Files.readAllLines(runDir.resolve("metrics.jsonl")).stream().map(l -> Json.parse(
        l.getBytes(java.nio.charset.StandardCharsets.UTF_8), "metrics.jsonl")).toList();
    assertEquals(jsonl.size(), rows.size());
    for (int i = 0; i < rows.size(); i++) {
      JsonNode want = jsonl.get(i);
      Map<String, Object> got = rows.get(i);
      assertEquals(want.get("variant").asText(), got.get("variant"));
      assertEquals(want.get("epoch").asLong(), got.get("epoch"));
      assertEquals(want.get("tick").asLong(), got.get("tick"));
      for (String col : types.keySet()) {
        if (List.of("variant", "base_variant", "epoch", "tick", "seed").contains(col)) {
          continue;
        }
        assertEquals("DOUBLE", types.get(col), col);
        JsonNode v = want.get(col);
        assertEquals(v == null ? null : v.asDouble(), got.get(col), want.get("variant") + " " + col);
      }
    }
  }
}
