package dev.plasticity.runtime.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.plasticity.api.config.Default;
import dev.plasticity.api.config.DefaultType;
import dev.plasticity.api.config.Doc;
import dev.plasticity.api.config.Max;
import dev.plasticity.api.config.Min;
import dev.plasticity.api.config.Optional;
import dev.plasticity.api.spi.ComponentType;
import dev.plasticity.api.spi.Kind;
import dev.plasticity.runtime.plugins.TypeRegistry;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.List;
import java.util.Map;

/**
 * Writes the JSON Schema (draft 2020-12) of a config record tree, with every registered
 * component type as an alternative of its kind: what editors use to complete and check
 * scenarios. It reads the same records and annotations as the {@link Binder}.
 */
public final class SchemaWriter {
  private static final JsonNodeFactory F = JsonNodeFactory.instance;
  private final TypeRegistry types;
  private final ObjectNode defs = F.objectNode();

  public SchemaWriter(TypeRegistry types) {
    this.types = types;
  }

  public ObjectNode schema(Class<?> root, String title) {
    ObjectNode s = F.objectNode();
    s.put("$schema", "https://json-schema.org/draft/2020-12/schema");
    s.put("title", title);
    String rootDef = recordDef(root, root.getSimpleName(), null);
    s.put("$ref", ref(rootDef));
    s.set("$defs", defs);
    // A file may name its schema for editors ("$schema": "./schema.json"); the loader ignores it.
    ((ObjectNode) defs.get(rootDef).get("properties")).putObject("$schema")
        .put("type", "string").put("description", "where editors find this schema (ignored by plasticity)");
    // plasticity sweep's section (docs/sweeps.md); its own module checks it, with JSON paths.
    ((ObjectNode) defs.get(rootDef).get("properties")).putObject("sweep")
        .put("type", "object").put("description", "axes, seeds and the metric to rank by of plasticity sweep (ignored by run)");
    return s;
  }

  private static String ref(String def) {
    return "#/$defs/" + def;
  }

  private String recordDef(Class<?> rec, String name, String typeName) {
    if (defs.has(name)) {
      return name;
    }
    ObjectNode d = F.objectNode();
    defs.set(name, d); // placed first so that recursive records terminate
    d.put("type", "object");
    Doc doc = rec.getAnnotation(Doc.class);
    if (doc != null) {
      d.put("description", doc.value());
    }
    ObjectNode props = d.putObject("properties");
    ArrayNode required = F.arrayNode();
    if (typeName != null) {
      props.putObject("type").put("const", typeName);
      required.add("type");
    }
    for (RecordComponent c : rec.getRecordComponents()) {
      ObjectNode field = field(c.getGenericType(), c);
      Doc fd = c.getAnnotation(Doc.class);
      if (fd != null) {
        field.put("description", fd.value());
      }
      Default def = c.getAnnotation(Default.class);
      if (def != null) {
        field.set("default", Binder.parseDefault(def.value(), rec, c));
      } else if (!c.isAnnotationPresent(Optional.class)) {
        required.add(c.getName());
      }
      props.set(c.getName(), field);
    }
    if (!required.isEmpty()) {
      d.set("required", required);
    }
    d.put("additionalProperties", false);
    return name;
  }

  private ObjectNode field(Type type, RecordComponent c) {
    Class<?> raw = Binder.raw(type);
    ObjectNode f = F.objectNode();
    if (raw == JsonNode.class) {
      return f;
    }
    if (raw == double.class || raw == Double.class || raw == float.class || raw == Float.class) {
      f.put("type", "number");
      bounds(f, c);
    } else if (raw == int.class || raw == Integer.class || raw == long.class || raw == Long.class) {
      f.put("type", "integer");
      bounds(f, c);
    } else if (raw == boolean.class || raw == Boolean.class) {
      f.put("type", "boolean");
    } else if (raw == String.class) {
      f.put("type", "string");
    } else if (raw.isEnum()) {
      ArrayNode e = f.putArray("enum");
      Binder.enumNames(raw).forEach(e::add);
    } else if (raw == List.class) {
      f.put("type", "array");
      f.set("items", field(Binder.elementType(type, 0), null));
    } else if (raw == Map.class) {
      f.put("type", "object");
      f.set("additionalProperties", field(Binder.elementType(type, 1), null));
    } else if (raw.isRecord()) {
      f.put("$ref", ref(recordDef(raw, raw.getSimpleName(), null)));
    } else if (types.kindFor(raw).isPresent()) {
      DefaultType dt = c == null ? null : c.getAnnotation(DefaultType.class);
      f.put("$ref", ref(kindDef(types.kindFor(raw).get(), dt == null ? null : dt.value())));
    } else {
      throw new IllegalStateException("no schema for config type " + type);
    }
    return f;
  }

  private static void bounds(ObjectNode f, RecordComponent c) {
    if (c == null) {
      return;
    }
    Min min = c.getAnnotation(Min.class);
    if (min != null) {
      f.put(min.exclusive() ? "exclusiveMinimum" : "minimum", min.value());
    }
    Max max = c.getAnnotation(Max.class);
    if (max != null) {
      f.put(max.exclusive() ? "exclusiveMaximum" : "maximum", max.value());
    }
  }

  private String kindDef(Kind<?> kind, String defaultType) {
    String name = "kind." + kind.name() + (defaultType == null ? "" : ".default-" + defaultType);
    if (defs.has(name)) {
      return name;
    }
    ObjectNode d = F.objectNode();
    defs.set(name, d);
    d.put("description", kind.description());
    ArrayNode anyOf = d.putArray("anyOf");
    ObjectNode byName = anyOf.addObject();
    byName.put("type", "string");
    ArrayNode names = byName.putArray("enum");
    for (ComponentType<?> t : types.types(kind)) {
      names.add(t.name());
      String def = recordDef(t.implementation(), kind.name() + "." + t.name(), t.name());
      ObjectNode typeDef = (ObjectNode) defs.get(def);
      typeDef.put("description", t.description());
      anyOf.addObject().put("$ref", ref(def));
      if (t.name().equals(defaultType)) {
        // The default type may leave out "type": a copy of its def without that requirement.
        ObjectNode loose = typeDef.deepCopy();
        ArrayNode req = F.arrayNode();
        loose.withArray("required").forEach(r -> {
          if (!r.asText().equals("type")) {
            req.add(r);
          }
        });
        loose.set("required", req);
        String looseName = def + ".untyped";
        defs.set(looseName, loose);
        anyOf.addObject().put("$ref", ref(looseName));
      }
    }
    return name;
  }
}
