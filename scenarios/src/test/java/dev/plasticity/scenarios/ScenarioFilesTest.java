package dev.plasticity.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.plasticity.runtime.cli.InProcess;
import dev.plasticity.runtime.scenario.Json;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Every scenario file validates, against the runtime and against the printed JSON Schema. */
class ScenarioFilesTest {
  @Test
  void thereAreScenarios() {
    assertFalse(Scenarios.all().isEmpty(), "no scenarios under " + Scenarios.dir());
  }

  @TestFactory
  Stream<DynamicTest> everyScenarioValidatesAgainstTheSchema() throws Exception {
    InProcess.Result r = Scenarios.cli("schema");
    assertEquals(0, r.exit(), r.err());
    JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
        .getSchema(Json.MAPPER.readTree(r.out()));
    return Scenarios.all().stream().map(p -> DynamicTest.dynamicTest(name(p), () -> {
      JsonNode tree = Json.readFile(p);
      Set<ValidationMessage> problems = schema.validate(tree);
      assertTrue(problems.isEmpty(), p + ": " + problems);
    }));
  }

  @Test
  void theSchemaAcceptsAScenarioNamingItForEditors() throws Exception {
    JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
        .getSchema(Json.MAPPER.readTree(Scenarios.cli("schema").out()));
    com.fasterxml.jackson.databind.node.ObjectNode tree =
        (com.fasterxml.jackson.databind.node.ObjectNode) Json.readFile(Scenarios.dir().resolve("alignment/bp-fashion-mnist.json"));
    tree.put("$schema", "./schema.json");
    assertTrue(schema.validate(tree).isEmpty(), schema.validate(tree).toString());
  }

  @Test
  void theSchemaRejectsWhatTheRuntimeRejects() throws Exception {
    JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
        .getSchema(Json.MAPPER.readTree(Scenarios.cli("schema").out()));
    JsonNode bad = Json.MAPPER.readTree("{\"name\": \"x\", \"data\": {\"type\": \"fashion-mnist\"},"
        + " \"schedule\": {\"epochs\": 0, \"batchSize\": 10}, \"colour\": 1}");
    String problems = schema.validate(bad).toString();
    assertTrue(problems.contains("$.schedule.epochs") && problems.contains("colour"), problems);
  }

  @TestFactory
  Stream<DynamicTest> everyScenarioValidates() {
    return Scenarios.all().stream().map(p -> DynamicTest.dynamicTest(name(p), () -> {
      InProcess.Result r = Scenarios.cli("validate", p.toString());
      assertEquals(0, r.exit(), r.err());
    }));
  }

  static String name(Path p) {
    return Scenarios.dir().relativize(p).toString();
  }

  static List<Path> all() {
    return Scenarios.all();
  }
}
