package dev.plasticity.runtime.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plasticity.runtime.cli.InProcess;
import dev.plasticity.runtime.plugins.PluginLoader;
import dev.plasticity.runtime.plugins.TypeRegistry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Populations with shapes and projections through operators, as scenarios write them:
 * a small conv net validates and runs, and each mistake is one line at its JSON path that
 * says what the operator computes.
 */
class ShapedNetworkTest {
  private static final TypeRegistry TYPES = PluginLoader.discover();

  @TempDir
  Path dir;

  /** 16 features read as a 1x4x4 image: conv 3x3 to 2x2x2, max-pool 2 to 2x1x1, dense to 2. */
  private static final String CONV = """
      {
        "name": "conv",
        "seed": 1,
        "data": {"type": "csv-vectors", "path": "vectors.csv"},
        "network": {
          "populations": [
            {"id": "in", "shape": [1, 4, 4]},
            {"id": "c", "shape": [2, 2, 2], "activation": "tanh"},
            {"id": "p", "shape": [2, 1, 1]},
            {"id": "out", "size": 2}
          ],
          "projections": [
            {"from": "in", "to": "c", "operator": {"type": "conv2d", "outChannels": 2, "kernel": 3}},
            {"from": "c", "to": "p", "operator": {"type": "max-pool", "kernel": 2}},
            {"from": "p", "to": "out"}
          ]
        },
        "schedule": {"epochs": 1, "batchSize": 2},
        "metrics": []
      }
      """;

  private Path write(String text) throws IOException {
    StringBuilder rows = new StringBuilder();
    for (int r = 0; r < 3; r++) {
      for (int i = 0; i < 16; i++) {
        rows.append(i == 0 ? "" : ",").append((r * 16 + i) % 7);
      }
      rows.append('\n');
    }
    Files.writeString(dir.resolve("vectors.csv"), rows.toString());
    Path p = dir.resolve("s.json");
    Files.writeString(p, text);
    return p;
  }

  private List<String> errors(String text) throws IOException {
    InProcess.Result r = InProcess.run(TYPES, "validate", write(text).toString());
    assertEquals(2, r.exit(), "exit code; stderr was:\n" + r.err());
    assertFalse(r.err().contains("\tat "), "no stack trace:\n" + r.err());
    String prefix = "error: " + dir.resolve("s.json") + ": ";
    return Arrays.stream(r.err().split("\n")).filter(l -> l.startsWith("error: "))
        .map(l -> l.startsWith(prefix) ? l.substring(prefix.length()) : l).toList();
  }

  @Test
  void aConvNetValidatesAndBuilds() throws IOException {
    Path s = write(CONV);
    InProcess.Result v = InProcess.run(TYPES, "validate", s.toString());
    assertEquals(0, v.exit(), v.err());
    InProcess.Result r = InProcess.run(TYPES, "run", s.toString(), "--out", dir.resolve("run").toString());
    assertEquals(0, r.exit(), r.err());
    assertTrue(Files.exists(dir.resolve("run").resolve("metrics.jsonl")), "the run wrote its outputs");
  }

  @Test
  void aSkipConnectionOfTwoConvolutionsIntoOnePopulationBuilds() throws IOException {
    // in -> c by a 3x3 convolution and again by a 2x2 one with stride 2; that they add up in
    // the forward and backward passes is ConvNetGradientTest's
    String skip = CONV.replace("{\"from\": \"c\", \"to\": \"p\"",
        "{\"from\": \"in\", \"to\": \"c\", \"id\": \"skip\","
            + " \"operator\": {\"type\": \"conv2d\", \"kernel\": 2, \"stride\": 2}},\n"
            + "      {\"from\": \"c\", \"to\": \"p\"");
    Path s = write(skip);
    InProcess.Result r = InProcess.run(TYPES, "run", s.toString(), "--out", dir.resolve("run").toString());
    assertEquals(0, r.exit(), r.err());
  }

  @Test
  void aConvolutionThatMakesAnotherShapeSaysWhichItMakes() throws IOException {
    assertEquals(List.of("$.network.projections[0].operator: 'in' -> 'c': conv2d (kernel 3, stride 1,"
            + " padding 0) of the 1x4x4 source makes 2x2x2, but the target is 2x3x3"),
        errors(CONV.replace("\"shape\": [2, 2, 2]", "\"shape\": [2, 3, 3]")
            .replace("\"shape\": [2, 1, 1]", "\"shape\": [2, 1, 1], \"size\": 2")
            .replace("\"kernel\": 2}", "\"kernel\": 2, \"stride\": 3}")));
  }

  @Test
  void outChannelsAndPoolingAreCheckedAgainstTheTarget() throws IOException {
    assertEquals(List.of("$.network.projections[0].operator.outChannels: 'in' -> 'c': 3 channels but"
            + " the target has 2 (2x2x2)"),
        errors(CONV.replace("\"outChannels\": 2", "\"outChannels\": 3")));
    assertEquals(List.of("$.network.projections[1].operator: 'c' -> 'p': max-pool (kernel 2, stride 2,"
            + " padding 0) of the 2x2x2 source makes 2x1x1, but the target is 3x1x1"),
        errors(CONV.replace("\"shape\": [2, 1, 1]", "\"shape\": [3, 1, 1]")));
  }

  @Test
  void aConvolutionNeedsImages() throws IOException {
    List<String> e = errors(CONV.replace("{\"id\": \"in\", \"shape\": [1, 4, 4]}", "{\"id\": \"in\", \"size\": 16}"));
    assertEquals(1, e.size(), "" + e);
    assertTrue(e.get(0).startsWith("$.network.projections[0].operator: 'in' -> 'c': conv2d needs channels x"
        + " height x width populations, got 16 units as the source"), e.get(0));
  }

  @Test
  void sizeAndShapeMustAgreeAndOneIsNeeded() throws IOException {
    assertEquals(List.of("$.network.populations[1].size: 7 units but the shape 2x2x2 has 8"),
        errors(CONV.replace("\"shape\": [2, 2, 2],", "\"shape\": [2, 2, 2], \"size\": 7,")));
    assertEquals(List.of("$.network.populations[3]: needs a size or a shape"),
        errors(CONV.replace("{\"id\": \"out\", \"size\": 2}", "{\"id\": \"out\"}")));
    assertEquals(List.of("$.network.populations[2].shape: a shape is [units] or [channels, height, width],"
            + " got 2 dimensions"),
        errors(CONV.replace("\"shape\": [2, 1, 1]", "\"shape\": [2, 1]")));
  }
}
