package dev.plasticity.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.plasticity.runtime.cli.InProcess;
import dev.plasticity.runtime.scenario.Json;
import java.nio.charset.StandardCharsets;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two points over three seeds: ranked.csv's mean and sample sd are those of the tasks' final
 * rows in metrics.jsonl, and DuckDB reads results.parquet typed, with the same rows.
 */
class SeedsAndParquetTest {
  @TempDir
  Path tmp;

  @Test
  void theRankedMeansAndSdsAreTheSeedsAndParquetHoldsTheRows() throws Exception {
    ObjectNode tree = (ObjectNode) Json.readFile(SweepRuns.scenario("alignment/kunin-matrix.json"));
    tree.remove("smoke");
    ((ObjectNode) tree.get("data")).put("trainLimit", 300).put("testLimit", 200);
    ((ObjectNode) tree.get("schedule")).put("epochs", 2);
    tree.set("sweep", Json.parse(("{\"axes\": {\"path\": \"learning.credit\", \"name\": \"credit\", \"labels\": [\"bp\", \"fa\"],"
        + " \"values\": [{\"type\": \"backprop\"}, {\"type\": \"feedback-alignment\"}]}, \"seeds\": [3, 4, 5]}")
        .getBytes(StandardCharsets.UTF_8), "sweep"));
    Path file = tmp.resolve("s.json");
    Files.writeString(file, Json.MAPPER.writeValueAsString(tree));
    Path out = tmp.resolve("out");
    InProcess.Result r = SweepRuns.cli("sweep", file.toString(), "--jobs", "2", "--out", out.toString());
    assertEquals(0, r.exit(), r.err());

    List<JsonNode> rows = new ArrayList<>();
    for (String l : Files.readAllLines(out.resolve("metrics.jsonl"))) {
      rows.add(Json.parse(l.getBytes(StandardCharsets.UTF_8), "row"));
    }
    assertEquals(2 * 3 * 2, rows.size(), "2 points x 3 seeds x 2 epochs");
    Map<String, List<Double>> finals = new LinkedHashMap<>();
    rows.stream().filter(n -> n.get("epoch").asInt() == 2)
        .forEach(n -> finals.computeIfAbsent(n.get("credit").asText(), k -> new ArrayList<>()).add(n.get("test-accuracy").asDouble()));
    for (String line : Files.readAllLines(out.resolve("ranked.csv")).subList(1, 3)) {
      String[] c = line.split(",");
      List<Double> v = finals.get(c[2]);
      double mean = v.stream().mapToDouble(d -> d).average().orElseThrow();
      double ss = v.stream().mapToDouble(d -> (d - mean) * (d - mean)).sum();
      assertEquals("3", c[3], "seeds");
      assertEquals(mean, Double.parseDouble(c[5]), 1e-12, c[2] + " mean");
      assertEquals(Math.sqrt(ss / 2), Double.parseDouble(c[6]), 1e-12, c[2] + " sample sd");
    }

    Path parquet = out.resolve("results.parquet");
    Map<String, String> types = new LinkedHashMap<>();
    List<Object[]> read = new ArrayList<>();
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement()) {
      String from = "read_parquet('" + parquet.toString().replace("'", "''") + "')";
      try (ResultSet t = s.executeQuery("DESCRIBE SELECT * FROM " + from)) {
        while (t.next()) {
          types.put(t.getString("column_name"), t.getString("column_type"));
        }
      }
      try (ResultSet t = s.executeQuery("SELECT task, point, seed, credit, epoch, \"test-accuracy\" FROM " + from)) {
        while (t.next()) {
          read.add(new Object[] {t.getString(1), t.getLong(2), t.getLong(3), t.getString(4), t.getLong(5), t.getDouble(6)});
        }
      }
    }
    assertEquals("VARCHAR", types.get("task"));
    assertEquals("VARCHAR", types.get("credit"));
    for (String col : List.of("point", "seed", "epoch", "tick")) {
      assertEquals("BIGINT", types.get(col), col);
    }
    assertEquals("DOUBLE", types.get("test-accuracy"));
    assertEquals(rows.size(), read.size());
    for (int i = 0; i < rows.size(); i++) {
      JsonNode n = rows.get(i);
      Object[] p = read.get(i);
      assertEquals(n.get("task").asText(), p[0]);
      assertEquals(n.get("point").asLong(), p[1]);
      assertEquals(n.get("seed").asLong(), p[2]);
      assertEquals(n.get("credit").asText(), p[3]);
      assertEquals(n.get("epoch").asLong(), p[4]);
      assertEquals(n.get("test-accuracy").asDouble(), (double) p[5], 0.0);
    }
  }
}
