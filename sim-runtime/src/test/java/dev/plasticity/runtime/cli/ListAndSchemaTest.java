package dev.plasticity.runtime.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.plasticity.api.spi.ComponentType;
import dev.plasticity.runtime.plugins.PluginLoader;
import dev.plasticity.runtime.plugins.TypeRegistry;
import dev.plasticity.runtime.scenario.Json;
import org.junit.jupiter.api.Test;

class ListAndSchemaTest {
  private static final TypeRegistry TYPES = PluginLoader.discover();

  @Test
  void listPrintsEveryPluginAndEveryTypeWithItsDescription() {
    InProcess.Result r = InProcess.run(TYPES, "list");
    assertEquals(0, r.exit());
    TYPES.plugins().forEach(p -> assertTrue(r.out().contains("plugin " + p.name()), p.name()));
    for (TypeRegistry.Entry e : TYPES.entries()) {
      ComponentType<?> t = e.type();
      assertTrue(r.out().lines().anyMatch(l -> l.contains(t.name()) && l.contains(t.description())), t.name());
    }
  }

  @Test
  void schemaIsJsonWithEveryTypeOfEveryKind() throws Exception {
    InProcess.Result r = InProcess.run(TYPES, "schema");
    assertEquals(0, r.exit(), r.err());
    JsonNode schema = Json.MAPPER.readTree(r.out());
    assertEquals("https://json-schema.org/draft/2020-12/schema", schema.get("$schema").asText());
    for (TypeRegistry.Entry e : TYPES.entries()) {
      String def = e.type().kind().name() + "." + e.type().name();
      assertTrue(schema.get("$defs").has(def), "schema has " + def);
    }
    // Editors must not flag the "$schema" that points them at this schema.
    assertTrue(schema.at("/$defs/Scenario/properties").has("$schema"), "a scenario may name its schema");
  }
}
