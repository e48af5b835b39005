package dev.plasticity.runtime.config;

import java.lang.reflect.GenericArrayType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The Java types a config record's fields may have, and how JSON gives each. One definition
 * for the binder, which dispatches on {@link #shape}, and for the check of every plugin's
 * records at start-up (which the testkit's contract runs through {@code PluginChecker}): a
 * field the binder cannot fill is reported when the plugin loads, not when a scenario first
 * uses it.
 *
 * <p>{@code isKind} says which interfaces are component kinds (their values are a type name
 * or an object with a {@code "type"}): the scenario format's own ({@code Kinds.all()}) and
 * those plugins declare.
 */
public final class ConfigTypes {
  private ConfigTypes() {}

  /** What a field takes in JSON. */
  public enum Shape {
    /** double, float and their boxes: a finite JSON number. */
    NUMBER,
    /** int, long and their boxes: a whole JSON number. */
    INTEGER,
    BOOLEAN,
    STRING,
    /** One of {@link #enumNames}, as a string. */
    ENUM,
    /** {@code List<T>}: a JSON array of T. */
    LIST,
    /** {@code Map<String, T>}: a JSON object of T. */
    MAP,
    /** A record: a JSON object with its components as fields. */
    RECORD,
    /** A kind's interface: a type name, or an object with "type" and that type's fields. */
    COMPONENT
  }

  /** The shape of a field whose class is {@code raw}; empty when the binder cannot fill it. */
  public static java.util.Optional<Shape> shape(Class<?> raw, Predicate<Class<?>> isKind) {
    Shape s;
    if (raw == double.class || raw == Double.class || raw == float.class || raw == Float.class) {
      s = Shape.NUMBER;
    } else if (raw == int.class || raw == Integer.class || raw == long.class || raw == Long.class) {
      s = Shape.INTEGER;
    } else if (raw == boolean.class || raw == Boolean.class) {
      s = Shape.BOOLEAN;
    } else if (raw == String.class) {
      s = Shape.STRING;
    } else if (raw.isEnum()) {
      s = Shape.ENUM;
    } else if (raw == List.class) {
      s = Shape.LIST;
    } else if (raw == Map.class) {
      s = Shape.MAP;
    } else if (raw.isRecord()) {
      s = Shape.RECORD;
    } else if (raw.isInterface() && isKind.test(raw)) {
      s = Shape.COMPONENT;
    } else {
      s = null;
    }
    return java.util.Optional.ofNullable(s);
  }

  /** An enum's constants as JSON writes them: lower case, '_' as '-'. */
  public static List<String> enumNames(Class<?> enumType) {
    return Arrays.stream(enumType.getEnumConstants())
        .map(e -> ((Enum<?>) e).name().toLowerCase(Locale.ROOT).replace('_', '-'))
        .toList();
  }

  /**
   * One line for each field of {@code record}, and of the records its fields hold, that the
   * binder cannot fill: {@code field 'x' has type float[], which ...; use List<Float>}.
   */
  public static List<String> unsupportedFields(Class<?> record, Predicate<Class<?>> isKind) {
    List<String> out = new ArrayList<>();
    fields(record, "", isKind, out, new LinkedHashSet<>());
    return out;
  }

  /**
   * Whether the binder can fill a field of {@code type} (its elements and the records it
   * holds too): start-up tries the default of such a field only.
   */
  public static boolean fillable(Type type, Predicate<Class<?>> isKind) {
    List<String> out = new ArrayList<>();
    check(type, "", isKind, out, new LinkedHashSet<>());
    return out.isEmpty();
  }

  /** {@code record} and every record its fields hold (lists and maps of them too), each once. */
  public static List<Class<?>> records(Class<?> record, Predicate<Class<?>> isKind) {
    Set<Class<?>> seen = new LinkedHashSet<>();
    fields(record, "", isKind, new ArrayList<>(), seen);
    return List.copyOf(seen);
  }

  private static void fields(
      Class<?> record, String prefix, Predicate<Class<?>> isKind, List<String> out, Set<Class<?>> seen) {
    if (!seen.add(record)) {
      return; // a record holding itself, or held twice: its fields are checked once
    }
    for (RecordComponent c : record.getRecordComponents()) {
      check(c.getGenericType(), prefix + c.getName(), isKind, out, seen);
    }
  }

  private static void check(
      Type type, String field, Predicate<Class<?>> isKind, List<String> out, Set<Class<?>> seen) {
    String problem = "field '" + field + "' has type " + name(type) + ", which a scenario cannot give; ";
    if (type instanceof GenericArrayType || type instanceof Class<?> c && c.isArray()) {
      out.add(problem + "use " + listOf(type));
      return;
    }
    if (!(type instanceof Class<?>) && !(type instanceof ParameterizedType)) {
      out.add(problem + "use a concrete type such as List<Double>"); // wildcards, type variables
      return;
    }
    Class<?> raw = raw(type);
    java.util.Optional<Shape> shape = shape(raw, isKind);
    if (shape.isEmpty()) {
      out.add(problem + (raw.isInterface() && !raw.getName().startsWith("java.")
          ? "an interface field must be a component kind (Kinds in the API, or one a plugin declares)"
          : "use one of " + SUPPORTED));
      return;
    }
    switch (shape.get()) {
      case LIST -> {
        if (!(type instanceof ParameterizedType pt)) {
          out.add(problem + "give its element type, e.g. List<Double>");
        } else {
          check(pt.getActualTypeArguments()[0], field + "[]", isKind, out, seen);
        }
      }
      case MAP -> {
        if (!(type instanceof ParameterizedType pt)) {
          out.add(problem + "give its value type, e.g. Map<String, Double>");
        } else if (pt.getActualTypeArguments()[0] != String.class) {
          out.add(problem + "JSON object keys are strings: use Map<String, "
              + name(pt.getActualTypeArguments()[1]) + ">");
        } else {
          check(pt.getActualTypeArguments()[1], field + ".*", isKind, out, seen);
        }
      }
      case RECORD -> fields(raw, field + ".", isKind, out, seen);
      default -> { }
    }
  }

  /** A {@code @Default} as Java source writes it: {@code @Default("\"tanh\"")}. */
  public static String defaultSource(String json) {
    return "@Default(\"" + json.replace("\\", "\\\\").replace("\"", "\\\"") + "\")";
  }

  /**
   * A {@code @Default} a field of this shape could have, for the message about a bad one:
   * JSON in a Java string. For a name (a string, an enum, a component type) it is the bad
   * text quoted, which is what {@code @Default("xavier-uniform")} meant.
   */
  public static String defaultExample(Shape shape, String bad) {
    String word = bad.strip().replaceAll("^\"+|\"+$", "");
    return defaultSource(switch (shape) {
      case STRING, ENUM, COMPONENT -> "\"" + word + "\"";
      case NUMBER -> "0.5";
      case INTEGER -> "3";
      case BOOLEAN -> "false";
      case LIST -> "[1, 2]";
      case MAP -> "{\"key\": 1}";
      case RECORD -> "{\"field\": 1}";
    });
  }

  private static final String SUPPORTED = "double, float, int, long (or their boxes), boolean, String, "
      + "an enum, a record, List<T>, Map<String, T> or a component kind's interface";

  private static Class<?> raw(Type t) {
    return t instanceof ParameterizedType pt ? (Class<?>) pt.getRawType() : (Class<?>) t;
  }

  private static String listOf(Type array) {
    Type element = array instanceof GenericArrayType g
        ? g.getGenericComponentType() : ((Class<?>) array).getComponentType();
    String e = element instanceof Class<?> c && c.isPrimitive() ? box(c) : name(element);
    return "List<" + e + ">";
  }

  private static String box(Class<?> primitive) {
    return primitive == int.class ? "Integer"
        : primitive == char.class ? "Character"
        : Character.toUpperCase(primitive.getName().charAt(0)) + primitive.getName().substring(1);
  }

  /**
   * A type as source code writes it, without the packages of java.lang and java.util:
   * {@code float[]}, {@code List<Double>}, {@code org.example.Norm}.
   */
  public static String name(Type t) {
    return t.getTypeName().replaceAll("\\bjava\\.(lang|util)\\.(?=[A-Z])", "");
  }
}
