package dev.plasticity.runtime.output;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plasticity.api.sim.Curve;
import dev.plasticity.runtime.cli.InProcess;
import dev.plasticity.runtime.plugins.PluginLoader;
import dev.plasticity.runtime.plugins.TypeRegistry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A metric's curves end up as plots/curves/NAME.csv and .png, the last one of each variant and series. */
class CurveOutputTest {
  private static final TypeRegistry TYPES = PluginLoader.discover();

  @TempDir
  Path dir;

  private static final String SCENARIO = """
      {
        "name": "curves",
        "seed": 1,
        "data": {"type": "csv-vectors", "path": "vectors.csv"},
        "network": {
          "populations": [{"id": "in", "size": 3}, {"id": "out", "size": 2}],
          "projections": [{"from": "in", "to": "out"}]
        },
        "schedule": {"epochs": 2, "batchSize": 2},
        "metrics": [{"type": "test-curve", "slope": 1}],
        "variants": {"one": {}, "three": {"metrics[0].slope": 3}}
      }
      """;

  private Path run(String out) throws IOException {
    Path file = dir.resolve("s.json");
    Files.writeString(file, SCENARIO);
    Files.writeString(dir.resolve("vectors.csv"), "1,2,3\n4,5,6\n7,8,9\n");
    InProcess.Result r = InProcess.run(TYPES, "run", file.toString(), "--out", dir.resolve(out).toString());
    assertEquals(0, r.exit(), r.err());
    return dir.resolve(out);
  }

  @Test
  void curvesAreWrittenAsCsvAndPngWithTheLastValues() throws IOException {
    Path runDir = run("a");
    String csv = Files.readString(runDir.resolve("plots/curves/line_slope.csv"));
    // Epoch 2 replaced epoch 1: y = slope·2·x, and the second series of each variant has its own lines.
    assertEquals("""
        variant,series,x,y
        one,,0.0,0.0
        one,,1.0,2.0
        one,,2.0,4.0
        one,doubled,0.0,0.0
        one,doubled,1.0,4.0
        three,,0.0,0.0
        three,,1.0,6.0
        three,,2.0,12.0
        three,doubled,0.0,0.0
        three,doubled,1.0,12.0
        """, csv);
    byte[] png = Files.readAllBytes(runDir.resolve("plots/curves/line_slope.png"));
    assertArrayEquals(new byte[] {(byte) 0x89, 'P', 'N', 'G'}, java.util.Arrays.copyOf(png, 4));
    assertTrue(Files.readString(runDir.resolve("report.html")).contains("plots/curves/line_slope.png"));
    assertTrue(Files.readString(runDir.resolve("report.html")).contains("<a href=\"final.csv\">final.csv</a>"),
        "the report links the tables a person plots from");
    assertEquals(4, Files.readAllLines(runDir.resolve("curves.jsonl")).size(), "one line per variant and series");
    // Same scenario, same bytes.
    assertEquals(csv, Files.readString(run("b").resolve("plots/curves/line_slope.csv")));
    assertEquals(Files.readString(runDir.resolve("curves.jsonl")), Files.readString(dir.resolve("b/curves.jsonl")));
  }

  @Test
  void curvesReadBackAsWrittenForAResumedRun() throws IOException {
    CurveLog log = new CurveLog(dir, List.of("v"));
    log.put("v", new Curve("pr", "s", "recall", "precision", new double[] {0.1, 0.5}, new double[] {1, Double.NaN}));
    CurveLog again = new CurveLog(dir, List.of("v"));
    again.open();
    List<String> pngs = again.write(dir);
    assertEquals(List.of("plots/curves/pr.png"), pngs);
    assertEquals("variant,series,recall,precision\nv,s,0.1,1.0\nv,s,0.5,NaN\n",
        Files.readString(dir.resolve("plots/curves/pr.csv")));
  }
}
