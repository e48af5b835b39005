package dev.plasticity.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.plasticity.runtime.config.Problems;
import dev.plasticity.runtime.scenario.Json;
import dev.plasticity.sweep.spec.Point;
import dev.plasticity.sweep.spec.SpecReader;
import dev.plasticity.sweep.spec.SweepSpec;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class SpecReaderTest {
  private static JsonNode json(String s) {
    return Json.parse(s.replace('\'', '"').getBytes(StandardCharsets.UTF_8), "test");
  }

  private static SweepSpec read(String section, Problems problems) {
    return SpecReader.read(json(section), 42, "test-accuracy", problems);
  }

  private static List<String> problems(String section) {
    Problems p = new Problems();
    assertNull(read(section, p), "a spec with problems gives none");
    return p.lines();
  }

  private static List<String> values(SweepSpec spec) {
    return spec.points().stream().map(p -> p.settings().get(0).value().toString()).toList();
  }

  @Test
  void integerRangeIncludesItsEnd() {
    SweepSpec s = read("{'axes': {'path': 'schedule.epochs', 'range': {'from': 1, 'to': 7, 'step': 3}}}", new Problems());
    assertEquals(List.of("1", "4", "7"), values(s));
    assertEquals(List.of(42L), s.seeds(), "the scenario's seed when the section names none");
  }

  @Test
  void realRangeIsComputedInDecimal() {
    SweepSpec s = read("{'axes': {'path': 'learning.optimizer.lr', 'range': {'from': 0.1, 'to': 0.3, 'step': 0.1}}}",
        new Problems());
    assertEquals(List.of("0.1", "0.2", "0.3"), values(s));
  }

  @Test
  void samplesAreSeededAndInTheirRange() {
    String spec = "{'axes': {'path': 'learning.optimizer.lr', 'logUniform': {'min': 1e-4, 'max': 1e-1, 'count': 50, 'seed': 7}}}";
    SweepSpec a = read(spec, new Problems());
    assertEquals(values(a), values(read(spec, new Problems())), "the same seed gives the same sample");
    a.points().forEach(p -> {
      double v = p.settings().get(0).value().doubleValue();
      assertTrue(v >= 1e-4 && v < 1e-1, "in range: " + v);
    });
    long below = a.points().stream().filter(p -> p.settings().get(0).value().doubleValue() < 1e-2).count();
    assertTrue(below > 25, "log-uniform: two decades of three hold about two thirds, got " + below + " of 50");
    SweepSpec u = read("{'axes': {'path': 'x', 'uniform': {'min': -1, 'max': 1, 'count': 20, 'seed': 7}}}", new Problems());
    assertTrue(u.points().stream().anyMatch(p -> p.settings().get(0).value().doubleValue() < 0), "uniform may go below zero");
  }

  @Test
  void productZipAndUnionSpanTheirPointsInOrder() {
    SweepSpec s = read("{'axes': {'union': ["
        + "{'path': 'a', 'values': ['x']},"
        + "[{'path': 'b', 'values': [1, 2]}, {'zip': [{'path': 'c', 'values': [3, 4, 5]}, {'path': 'd', 'values': [6, 7, 8]}]}]"
        + "]}}", new Problems());
    List<String> points = s.points().stream().map(SweepPlan::describe).toList();
    assertEquals(List.of("a=x", "b=1, c=3, d=6", "b=1, c=4, d=7", "b=1, c=5, d=8", "b=2, c=3, d=6", "b=2, c=4, d=7",
        "b=2, c=5, d=8"), points);
    assertEquals(List.of("a", "b", "c", "d"), s.columns());
    List<Point> all = s.points();
    assertEquals(6, all.get(6).index());
  }

  @Test
  void anEmptyRangeIsSaidAtItsPath() {
    assertEquals(List.of("$.sweep.axes.range: empty: from 5 to 1 by 1 gives no value"),
        problems("{'axes': {'path': 'schedule.epochs', 'range': {'from': 5, 'to': 1}}}"));
    assertEquals(List.of("$.sweep.axes[1].values: empty: an axis needs at least one value"),
        problems("{'axes': [{'path': 'a', 'values': [1]}, {'path': 'b', 'values': []}]}"));
    assertEquals(List.of("$.sweep.axes.uniform: empty: min 1 must be below max 1"),
        problems("{'axes': {'path': 'a', 'uniform': {'min': 1, 'max': 1, 'count': 3, 'seed': 1}}}"));
  }

  @Test
  void aLogUniformRangeThroughZeroIsRefused() {
    assertEquals(List.of("$.sweep.axes.logUniform: min -1 and max 1: a log-uniform range must lie above zero"
        + " (its logarithm is not defined at or below it)"),
        problems("{'axes': {'path': 'learning.optimizer.lr', 'logUniform': {'min': -1, 'max': 1, 'count': 4, 'seed': 3}}}"));
    assertEquals(1, problems("{'axes': {'path': 'a', 'logUniform': {'min': 0, 'max': 1, 'count': 4, 'seed': 3}}}").size());
  }

  @Test
  void everyProblemIsSaidAtOnceOneLineEach() {
    List<String> lines = problems("{'axes': {'zip': [{'path': 'a', 'values': [1, 2]}, {'path': 'b', 'values': [1]},"
        + " {'path': 'c', 'range': {'from': 0, 'to': 1, 'step': 0}}]}, 'seeds': [1, 1], 'retries': -1, 'heatmp': []}");
    assertEquals(List.of(
        "$.sweep.heatmp: unknown key; known: axes, heatmap, rankBy, retries, seeds; did you mean 'heatmap'?",
        "$.sweep.axes.zip[2].range.step: must not be 0",
        "$.sweep.seeds[1]: seed 1 is repeated",
        "$.sweep.retries: must be an integer from 0 to 100, got the number -1"), lines.stream().map(l -> l).toList().subList(0, 4));
  }

  @Test
  void zippedAxesMustHaveAsManyValues() {
    assertEquals(List.of("$.sweep.axes.zip[1]: has 1 points, $.sweep.axes.zip[0] 2: zipped axes go together value by value"),
        problems("{'axes': {'zip': [{'path': 'a', 'values': [1, 2]}, {'path': 'b', 'values': [1]}]}}"));
  }

  @Test
  void aSampleNeedsItsSeed() {
    List<String> lines = problems("{'axes': {'path': 'a', 'uniform': {'min': 0, 'max': 1, 'count': 3}}}");
    assertEquals(1, lines.size());
    assertTrue(lines.get(0).startsWith("$.sweep.axes.uniform.seed: missing"), lines.get(0));
  }

  @Test
  void twoAxesGiveTheirHeatMapUnasked() {
    SweepSpec s = read("{'axes': [{'path': 'a', 'values': [1]}, {'path': 'b', 'name': 'bee', 'values': [1, 2]}]}", new Problems());
    assertNotNull(s);
    assertEquals(List.of("a", "bee"), s.heatmap());
  }
}
