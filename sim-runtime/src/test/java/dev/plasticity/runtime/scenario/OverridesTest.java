package dev.plasticity.runtime.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Dotted paths into a scenario tree, and into the blocks whose keys are dotted paths themselves. */
class OverridesTest {
  private static ObjectNode tree(String json) {
    return (ObjectNode) Json.parse(json.replace('\'', '"').getBytes(StandardCharsets.UTF_8), "t");
  }

  private static String set(ObjectNode t, String path, int value) {
    return Overrides.set(t, path, IntNode.valueOf(value));
  }

  @Test
  void aPathIntoAVariantFollowsTheLongestKeyThatBeginsIt() {
    ObjectNode t = tree("{'variants': {'rfa': {'learning': {'x': 1}, 'learning.credit': {'type': 'rfa', 'every': 100}}}}");
    assertNull(set(t, "variants.rfa.learning.credit.every", 7));
    assertEquals(tree("{'variants': {'rfa': {'learning': {'x': 1}, 'learning.credit': {'type': 'rfa', 'every': 7}}}}"), t);
  }

  @Test
  void aKeyEndingInAnIndexIsFoundToo() {
    ObjectNode t = tree("{'variants': {'lsh': {'metrics[0].reference': {'k': 1}}}, 'smoke': {'schedule': 'x'}}");
    assertNull(set(t, "variants.lsh.metrics[0].reference.k", 2));
    assertNull(set(t, "smoke.schedule.epochs", 3));
    assertEquals(tree("{'variants': {'lsh': {'metrics[0].reference': {'k': 2}}},"
        + " 'smoke': {'schedule': {'type': 'x', 'epochs': 3}}}"), t);
  }

  @Test
  void withNoSuchKeyTheRestBecomesADottedKeyAsTheBlockWritesThem() {
    ObjectNode t = tree("{'variants': {'rfa': {'learning.credit': 'rfa'}}, 'smoke': {}}");
    assertNull(set(t, "variants.rfa.learning.optimizer.lr", 1));
    assertNull(set(t, "variants.new.schedule.epochs", 2));
    assertNull(set(t, "smoke.data.trainLimit", 3));
    assertEquals(tree("{'variants': {'rfa': {'learning.credit': 'rfa', 'learning.optimizer.lr': 1},"
        + " 'new': {'schedule.epochs': 2}}, 'smoke': {'data.trainLimit': 3}}"), t);
  }

  @Test
  void outsideTheBlocksDotsAreNesting() {
    ObjectNode t = tree("{'network': {'projections': [{'init': 'zeros'}]}}");
    assertNull(set(t, "network.projections[0].init.gain", 2));
    assertNull(set(t, "schedule.epochs", 3));
    JsonNode expected = tree("{'network': {'projections': [{'init': {'type': 'zeros', 'gain': 2}}]}, 'schedule': {'epochs': 3}}");
    assertEquals(expected, t);
    assertEquals("bad path 'a..b': use dotted field names with optional [index]", set(t, "a..b", 1));
    assertEquals("path 'network.projections[3]': index 3 does not exist", set(t, "network.projections[3]", 1));
  }
}
