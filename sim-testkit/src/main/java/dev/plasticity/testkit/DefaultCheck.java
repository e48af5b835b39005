package dev.plasticity.testkit;

import dev.plasticity.api.config.ConfigTypes;
import dev.plasticity.api.config.ConfigTypes.Shape;
import dev.plasticity.api.config.Default;
import dev.plasticity.api.config.DefaultType;
import dev.plasticity.api.config.Max;
import dev.plasticity.api.config.Min;
import dev.plasticity.api.config.Optional;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Whether a {@code @Default} is JSON of the shape its field takes: a number for a double, a
 * whole number for an int, a string for a String, one of the constants for an enum, a type
 * name or an object with "type" for a component, arrays, objects and records field by field,
 * within {@code @Min}/{@code @Max}. The runtime checks more at start-up (it binds each
 * default, so a component type name must exist); this is what can be known without it.
 */
final class DefaultCheck {
  private final Predicate<Class<?>> isKind;

  DefaultCheck(Predicate<Class<?>> isKind) {
    this.isKind = isKind;
  }

  /** The problem of {@code c}'s {@code @Default}, or null when it has none or a good one. */
  String problem(RecordComponent c, String field) {
    Default d = c.getAnnotation(Default.class);
    if (d == null) {
      return null;
    }
    String source = ConfigTypes.defaultSource(d.value());
    Object value;
    try {
      value = JsonText.parse(d.value());
    } catch (IllegalArgumentException e) {
      Shape shape = ConfigTypes.shape(c.getType(), isKind).orElse(Shape.STRING);
      return field + ": " + source + " is not JSON (" + e.getMessage() + "); a default is JSON in a Java string: "
          + ConfigTypes.defaultExample(shape, d.value());
    }
    String wrong = wrong(value, c.getGenericType(), c);
    return wrong == null ? null
        : field + ": " + source + " does not fit the field (" + wrong + "); a default must be a value the "
            + "field takes, as a scenario would write it";
  }

  /** What is wrong with {@code v} as a value of {@code type}, or null. */
  private String wrong(Object v, Type type, RecordComponent declared) {
    if (v == null) {
      return "must not be null";
    }
    Class<?> raw = type instanceof ParameterizedType pt ? (Class<?>) pt.getRawType()
        : type instanceof Class<?> c ? c : null;
    java.util.Optional<Shape> shape = raw == null ? java.util.Optional.empty() : ConfigTypes.shape(raw, isKind);
    boolean generic = type instanceof ParameterizedType;
    if (shape.isEmpty() || (shape.get() == Shape.LIST || shape.get() == Shape.MAP) && !generic) {
      return null; // an unsupported field type is reported on its own
    }
    return switch (shape.get()) {
      case NUMBER -> v instanceof BigDecimal n && Double.isFinite(n.doubleValue())
          ? bounds(n, declared) : "must be a finite number, got " + describe(v);
      case INTEGER -> v instanceof BigDecimal n && isWhole(n, raw == long.class || raw == Long.class)
          ? bounds(n, declared) : "must be a whole number" + (raw == int.class || raw == Integer.class
              ? " (an int)" : " (a long)") + ", got " + describe(v);
      case BOOLEAN -> v instanceof Boolean ? null : "must be true or false, got " + describe(v);
      case STRING -> v instanceof String ? null : "must be a string, got " + describe(v);
      case ENUM -> v instanceof String s && ConfigTypes.enumNames(raw).contains(s) ? null
          : "must be one of " + String.join(", ", ConfigTypes.enumNames(raw)) + ", got " + describe(v);
      case LIST -> v instanceof List<?> l ? first(l, argument(type, 0)) : "must be an array, got " + describe(v);
      case MAP -> v instanceof Map<?, ?> m ? first(m.values(), argument(type, 1))
          : "must be an object, got " + describe(v);
      case RECORD -> v instanceof Map<?, ?> m ? record(m, raw) : "must be an object, got " + describe(v);
      case COMPONENT -> component(v, declared);
    };
  }

  private String first(java.util.Collection<?> values, Type element) {
    return values.stream().map(e -> wrong(e, element, null)).filter(w -> w != null).findFirst().orElse(null);
  }

  private String record(Map<?, ?> fields, Class<?> rec) {
    List<String> names = java.util.Arrays.stream(rec.getRecordComponents()).map(RecordComponent::getName).toList();
    for (Object k : fields.keySet()) {
      if (!names.contains(k)) {
        return "unknown field '" + k + "' of " + rec.getSimpleName() + "; known: " + String.join(", ", names);
      }
    }
    for (RecordComponent c : rec.getRecordComponents()) {
      if (!fields.containsKey(c.getName())) {
        if (!c.isAnnotationPresent(Default.class) && !c.isAnnotationPresent(Optional.class)) {
          return c.getName() + ": missing required field";
        }
      } else {
        String w = wrong(fields.get(c.getName()), c.getGenericType(), c);
        if (w != null) {
          return c.getName() + ": " + w;
        }
      }
    }
    return null;
  }

  /** A type name, or an object whose "type" is one (it may be left out with @DefaultType). */
  private static String component(Object v, RecordComponent declared) {
    if (v instanceof String) {
      return null;
    }
    if (v instanceof Map<?, ?> m) {
      Object t = m.get("type");
      if (t instanceof String || t == null && declared != null && declared.isAnnotationPresent(DefaultType.class)) {
        return null;
      }
      return t == null ? "an object for a component needs a \"type\"" : "\"type\" must be a string, got " + describe(t);
    }
    return "must be a type name or an object with a \"type\", got " + describe(v);
  }

  private static boolean isWhole(BigDecimal n, boolean isLong) {
    try {
      long l = n.longValueExact();
      return isLong || l == (int) l;
    } catch (ArithmeticException e) {
      return false;
    }
  }

  /** The binder's reading of {@code @Min} and {@code @Max}. */
  private static String bounds(BigDecimal n, RecordComponent c) {
    if (c == null) {
      return null;
    }
    double v = n.doubleValue();
    Min min = c.getAnnotation(Min.class);
    if (min != null && (min.exclusive() ? v <= min.value() : v < min.value())) {
      return "must be " + (min.exclusive() ? "> " : ">= ") + fmt(min.value()) + ", got " + n;
    }
    Max max = c.getAnnotation(Max.class);
    if (max != null && (max.exclusive() ? v >= max.value() : v > max.value())) {
      return "must be " + (max.exclusive() ? "< " : "<= ") + fmt(max.value()) + ", got " + n;
    }
    return null;
  }

  private static String fmt(double v) {
    return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
  }

  private static Type argument(Type t, int i) {
    return ((ParameterizedType) t).getActualTypeArguments()[i];
  }

  private static String describe(Object v) {
    return v instanceof String s ? "the string \"" + s + "\""
        : v instanceof BigDecimal n ? "the number " + n
        : v instanceof List ? "an array"
        : v instanceof Map ? "an object"
        : String.valueOf(v);
  }
}
