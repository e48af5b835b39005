package dev.plasticity.runtime.plugins;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.plasticity.runtime.config.ConfigTypes;
import dev.plasticity.api.config.Default;
import dev.plasticity.api.config.DefaultType;
import dev.plasticity.api.spi.ComponentType;
import dev.plasticity.api.spi.Kind;
import dev.plasticity.api.spi.Plugin;
import dev.plasticity.runtime.config.Binder;
import dev.plasticity.runtime.config.Problems;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;

/**
 * Checks every registered type once, at start-up, for what would otherwise fail only when a
 * scenario first uses it, as "an internal error": the runtime can build the record (public,
 * in a package its module exports), the binder supports every field type, every
 * {@code @Default} is JSON that binds to its field and every {@code @DefaultType} names a
 * type of the field's kind. Each problem is one line naming the plugin, the type and the fix.
 */
final class TypeCheck {
  /** Strict where the binder's own reading of defaults is lenient: "1 2" is not a default. */
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  private final TypeRegistry types;
  private final Binder binder;
  private final Predicate<Class<?>> isKind;

  private TypeCheck(TypeRegistry types) {
    this.types = types;
    this.binder = new Binder(types);
    this.isKind = c -> types.kindFor(c).isPresent();
  }

  /** Adds each problem of each registered type to {@code types}. */
  static void run(TypeRegistry types) {
    TypeCheck check = new TypeCheck(types);
    for (TypeRegistry.Entry e : types.entries()) {
      String where = where(e.plugin(), e.type());
      check.problems(e.type().implementation()).forEach(p -> types.problem(where + p, null));
    }
  }

  private static String where(Plugin plugin, ComponentType<?> type) {
    Module m = plugin.getClass().getModule();
    return "plugin '" + plugin.name() + "' (" + (m.isNamed() ? "module " + m.getName() : "class path")
        + "): type '" + type.name() + "' (" + type.implementation().getName() + "): ";
  }

  /**
   * Every problem of {@code record} at once: that the runtime cannot reach it, each field type
   * the binder cannot fill, and each default of the other fields that does not bind (a
   * field the binder cannot fill has no default to try).
   */
  private List<String> problems(Class<?> record) {
    List<String> out = new ArrayList<>();
    String access = access(record);
    if (access != null) {
      out.add(access);
    }
    out.addAll(ConfigTypes.unsupportedFields(record, isKind));
    ConfigTypes.records(record, isKind).stream()
        .flatMap(r -> Arrays.stream(r.getRecordComponents())
            .filter(c -> ConfigTypes.fillable(c.getGenericType(), isKind))
            .map(c -> defaults(c, r == record ? "" : " of " + r.getName()))
            .filter(p -> p != null))
        .forEach(out::add);
    return out;
  }

  /**
   * Why the binder (in this module) could not call the record's canonical constructor, or
   * null. The constructor of a public record is public; reflection needs the package
   * exported to this module (or opened, which implies it), not {@code opens}.
   */
  private static String access(Class<?> record) {
    if (!Modifier.isPublic(record.getModifiers())) {
      return "the record is not public, so the runtime cannot build it from JSON; make it public";
    }
    String pkg = record.getPackageName();
    if (!record.getModule().isExported(pkg, TypeCheck.class.getModule())) {
      return "package " + pkg + " is not exported, so the runtime cannot build the record from JSON; add 'exports "
          + pkg + ";' to the module-info.java of " + record.getModule().getName();
    }
    return null;
  }

  /** The problem of one field's @Default and @DefaultType, or null. */
  private String defaults(RecordComponent c, String ofRecord) {
    String field = "field '" + c.getName() + "'" + ofRecord;
    ConfigTypes.Shape shape = ConfigTypes.shape(c.getType(), isKind).orElseThrow();
    DefaultType dt = c.getAnnotation(DefaultType.class);
    if (dt != null && shape == ConfigTypes.Shape.COMPONENT) {
      Kind<?> kind = types.kindFor(c.getType()).orElseThrow();
      if (types.type(kind, dt.value()).isEmpty()) {
        return field + ": @DefaultType(\"" + dt.value() + "\") names no " + kind.name()
            + " type; name one of: " + String.join(", ", types.types(kind).stream().map(ComponentType::name).toList());
      }
    }
    Default d = c.getAnnotation(Default.class);
    if (d == null) {
      return null;
    }
    String source = ConfigTypes.defaultSource(d.value());
    JsonNode node;
    String why;
    try {
      node = JSON.readTree(d.value());
      why = node.isMissingNode() ? "it is empty" : null;
    } catch (JsonProcessingException e) {
      node = null;
      why = e.getOriginalMessage().lines().findFirst().orElse("");
    }
    if (why != null) {
      return field + ": " + source + " is not JSON (" + why + "); a default is JSON in a Java string: "
          + ConfigTypes.defaultExample(shape, d.value());
    }
    Problems p = new Problems();
    try {
      binder.bindField(node, c, c.getName(), p);
    } catch (RuntimeException e) { // a record constructor of the default's value that throws
      p.add(e.toString());
    }
    if (p.isEmpty()) {
      return null;
    }
    return field + ": " + source + " does not bind (" + String.join("; ", p.lines())
        + "); a default must be a value the field takes, as a scenario would write it";
  }
}
