package dev.plasticity.runtime.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.plasticity.api.spi.ComponentRegistry;
import dev.plasticity.api.spi.ComponentType;
import dev.plasticity.api.spi.Kind;
import dev.plasticity.api.spi.Plugin;
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

  /** A kind and a type with names longer than any the shipped plugins had when list was written. */
  public interface Gadget {}

  public record LongNamedGadget() implements Gadget {}

  private static final class LongNames implements Plugin {
    @Override
    public String name() {
      return "long-names";
    }

    @Override
    public String description() {
      return "names longer than the columns list used to have";
    }

    @Override
    public void register(ComponentRegistry r) {
      r.add(new Kind<>("a-rather-long-kind", Gadget.class, "gadgets"), "a-type-name-of-thirty-characters",
          "a gadget", LongNamedGadget.class);
    }
  }

  @Test
  void listAlignsItsColumnsWhateverTheLengthOfTheNames() {
    java.util.List<Plugin> plugins = new java.util.ArrayList<>(TYPES.plugins());
    plugins.add(new LongNames());
    TypeRegistry types = PluginLoader.fromPlugins(plugins);
    String out = InProcess.run(types, "list").out();
    // Where each type's description starts: the same column on every line.
    java.util.Set<Integer> typeColumns = new java.util.HashSet<>();
    for (TypeRegistry.Entry e : types.entries()) {
      String line = out.lines().filter(l -> l.startsWith("  " + e.type().kind().name() + " ")
          && l.contains(" " + e.type().name() + " ") && l.endsWith(e.type().description())).findFirst().orElseThrow();
      typeColumns.add(line.length() - e.type().description().length());
    }
    assertEquals(1, typeColumns.size(), out);
    java.util.Set<Integer> kindColumns = new java.util.HashSet<>();
    String kinds = out.substring(out.indexOf("kinds:"));
    types.kinds().forEach(k -> kindColumns.add(kinds.lines().filter(l -> l.startsWith("  " + k.name() + " "))
        .findFirst().orElseThrow().length() - k.description().length()));
    assertEquals(1, kindColumns.size(), kinds);
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
