package dev.plasticity.runtime.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.plasticity.api.config.ConfigException;
import dev.plasticity.runtime.config.ConfigTypes;
import dev.plasticity.api.config.Default;
import dev.plasticity.api.config.DefaultType;
import dev.plasticity.api.config.Max;
import dev.plasticity.api.config.Min;
import dev.plasticity.api.config.Optional;
import dev.plasticity.api.spi.ComponentType;
import dev.plasticity.api.spi.Kind;
import dev.plasticity.runtime.plugins.PluginLoader;
import dev.plasticity.runtime.plugins.TypeRegistry;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Binds a JSON tree onto config records, collecting every problem with its JSON path
 * instead of stopping at the first: wrong value types, out-of-range or non-finite numbers,
 * missing and unknown fields, unknown type names (with the known ones and the nearest).
 *
 * <p>Jackson parses; this walks the tree, because a scenario's records are polymorphic by
 * the plugins' type names and {@code plasticity validate} must report all problems at once.
 */
public final class Binder {
  private static final ObjectMapper DEFAULTS = new ObjectMapper();
  private final TypeRegistry types;

  public Binder(TypeRegistry types) {
    this.types = types;
  }

  public TypeRegistry types() {
    return types;
  }

  /** Binds {@code node} as a {@code type}; null (with problems added) when it cannot. */
  public <T> T bind(JsonNode node, Class<T> type, String path, Problems problems) {
    Object v = value(node, type, path, problems, null);
    return type.isPrimitive() ? null : type.cast(v);
  }

  /**
   * Binds {@code node} as the value of the record component {@code c}, with its bounds and
   * default type: what the start-up check of plugins uses to try each {@code @Default}.
   */
  public Object bindField(JsonNode node, RecordComponent c, String path, Problems problems) {
    return value(node, c.getGenericType(), path, problems, c);
  }

  private Object value(
      JsonNode node, Type type, String path, Problems p, RecordComponent declared) {
    Class<?> raw = raw(type);
    if (node == null || node.isNull()) {
      p.at(path, "must not be null");
      return null;
    }
    if (raw == JsonNode.class) {
      return node; // the runtime's own scenario records keep some subtrees as they are
    }
    ConfigTypes.Shape shape = ConfigTypes.shape(raw, c -> types.kindFor(c).isPresent())
        .orElseThrow(() -> new IllegalStateException(
            "config type " + ConfigTypes.name(type) + " at " + path + " is not supported"));
    return switch (shape) {
      case NUMBER -> number(node, raw, path, p, declared);
      case INTEGER -> integer(node, raw, path, p, declared);
      case BOOLEAN -> {
        if (!node.isBoolean()) {
          p.at(path, "must be true or false, got " + describe(node));
          yield null;
        }
        yield node.booleanValue();
      }
      case STRING -> {
        if (!node.isTextual()) {
          p.at(path, "must be a string, got " + describe(node));
          yield null;
        }
        yield node.textValue();
      }
      case ENUM -> enumValue(node, raw, path, p);
      case LIST -> list(node, elementType(type, 0), path, p);
      case MAP -> map(node, elementType(type, 1), path, p);
      case RECORD -> record(node, raw, path, p, Set.of());
      case COMPONENT -> {
        DefaultType dt = declared == null ? null : declared.getAnnotation(DefaultType.class);
        yield component(node, types.kindFor(raw).orElseThrow(), dt == null ? null : dt.value(), path, p);
      }
    };
  }

  private Object number(JsonNode node, Class<?> raw, String path, Problems p, RecordComponent c) {
    if (!node.isNumber()) {
      p.at(path, "must be a number, got " + describe(node));
      return null;
    }
    double v = node.doubleValue();
    if (!Double.isFinite(v)) {
      p.at(path, "must be a finite number, got " + node.asText());
      return null;
    }
    if (!inRange(v, node.asText(), path, p, c)) {
      return null;
    }
    if (raw == float.class || raw == Float.class) {
      return (float) v;
    }
    return v;
  }

  private Object integer(JsonNode node, Class<?> raw, String path, Problems p, RecordComponent c) {
    boolean isLong = raw == long.class || raw == Long.class;
    if (!node.isNumber() || !node.canConvertToExactIntegral()) {
      p.at(path, "must be a whole number, got " + describe(node));
      return null;
    }
    if (isLong ? !node.canConvertToLong() : !node.canConvertToInt()) {
      p.at(path, "must be a whole number " + wholeRange(isLong, c) + ", got " + node.asText());
      return null;
    }
    long v = node.asLong();
    if (!inRange(v, node.asText(), path, p, c)) {
      return null;
    }
    return isLong ? (Object) v : (Object) (int) v;
  }

  private static boolean inRange(double v, String text, String path, Problems p, RecordComponent c) {
    if (c == null) {
      return true;
    }
    Min min = c.getAnnotation(Min.class);
    if (min != null && (min.exclusive() ? v <= min.value() : v < min.value())) {
      p.at(path, "must be " + (min.exclusive() ? "> " : ">= ") + fmt(min.value()) + ", got " + text);
      return false;
    }
    Max max = c.getAnnotation(Max.class);
    if (max != null && (max.exclusive() ? v >= max.value() : v > max.value())) {
      p.at(path, "must be " + (max.exclusive() ? "< " : "<= ") + fmt(max.value()) + ", got " + text);
      return false;
    }
    return true;
  }

  /**
   * "from 1 to 2147483647": what a whole-number field holds, its type's limits narrowed by
   * its {@code @Min} and {@code @Max}; said when a value lies beyond the type's limits.
   */
  static String wholeRange(boolean isLong, RecordComponent c) {
    long lo = isLong ? Long.MIN_VALUE : Integer.MIN_VALUE;
    long hi = isLong ? Long.MAX_VALUE : Integer.MAX_VALUE;
    Min min = c == null ? null : c.getAnnotation(Min.class);
    if (min != null) {
      double floor = Math.floor(min.value());
      lo = Math.max(lo, (long) floor + (min.exclusive() || floor != min.value() ? 1 : 0));
    }
    Max max = c == null ? null : c.getAnnotation(Max.class);
    if (max != null) {
      double ceil = Math.ceil(max.value());
      hi = Math.min(hi, (long) ceil - (max.exclusive() || ceil != max.value() ? 1 : 0));
    }
    return "from " + lo + " to " + hi;
  }

  /** "an optimizer", "a credit": the kind names are English words or read letter by letter (pn). */
  static String withArticle(String noun) {
    return ("aeiou".indexOf(Character.toLowerCase(noun.charAt(0))) >= 0 ? "an " : "a ") + noun;
  }

  static String fmt(double v) {
    return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
  }

  private Object enumValue(JsonNode node, Class<?> raw, String path, Problems p) {
    List<String> names = enumNames(raw);
    if (node.isTextual()) {
      int i = names.indexOf(node.textValue());
      if (i >= 0) {
        return raw.getEnumConstants()[i];
      }
      p.at(path, "unknown value '" + node.textValue() + "'; " + Suggest.knownAndNearest(node.textValue(), names));
    } else {
      p.at(path, "must be one of " + String.join(", ", names) + ", got " + describe(node));
    }
    return null;
  }

  /** An enum's constants in kebab-case, as JSON writes them. */
  public static List<String> enumNames(Class<?> raw) {
    return ConfigTypes.enumNames(raw);
  }

  private Object list(JsonNode node, Type element, String path, Problems p) {
    if (!node.isArray()) {
      p.at(path, "must be an array, got " + describe(node));
      return null;
    }
    List<Object> out = new ArrayList<>();
    int before = p.size();
    for (int i = 0; i < node.size(); i++) {
      out.add(value(node.get(i), element, path + "[" + i + "]", p, null));
    }
    return p.size() == before ? List.copyOf(out) : null;
  }

  private Object map(JsonNode node, Type element, String path, Problems p) {
    if (!node.isObject()) {
      p.at(path, "must be an object, got " + describe(node));
      return null;
    }
    Map<String, Object> out = new LinkedHashMap<>();
    int before = p.size();
    for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      out.put(e.getKey(), value(e.getValue(), element, path + "." + e.getKey(), p, null));
    }
    return p.size() == before ? java.util.Collections.unmodifiableMap(out) : null;
  }

  private Object component(JsonNode node, Kind<?> kind, String defaultType, String path, Problems p) {
    String name;
    JsonNode body;
    if (node.isTextual()) {
      name = node.textValue();
      body = JsonNodeFactory.instance.objectNode();
    } else if (node.isObject()) {
      JsonNode t = node.get("type");
      if (t == null && defaultType != null) {
        name = defaultType;
      } else if (t == null) {
        p.at(path + ".type", "missing required field (" + withArticle(kind.name()) + " type; "
            + Suggest.knownAndNearest("", typeNames(kind)) + ")");
        return null;
      } else if (!t.isTextual()) {
        p.at(path + ".type", "must be a string, got " + describe(t));
        return null;
      } else {
        name = t.textValue();
      }
      body = node;
    } else {
      p.at(path, "must be " + withArticle(kind.name()) + " type name or an object with a \"type\", got "
          + describe(node));
      return null;
    }
    java.util.Optional<ComponentType<?>> type = types.type(kind, name);
    if (type.isEmpty()) {
      List<String> known = typeNames(kind);
      // Not a typo of a known name: most likely a plugin of the user's that is not on the path.
      String hint = Suggest.nearest(name, known).isPresent() ? "" : "; " + PluginLoader.missingPluginHint();
      p.at(node.isObject() ? path + ".type" : path, "unknown " + kind.name() + " type '" + name
          + "'; " + Suggest.knownAndNearest(name, known) + hint);
      return null;
    }
    return record(body, type.get().implementation(), path, p, Set.of("type"));
  }

  private List<String> typeNames(Kind<?> kind) {
    return types.types(kind).stream().map(ComponentType::name).toList();
  }

  private Object record(JsonNode node, Class<?> rec, String path, Problems p, Set<String> extra) {
    if (!node.isObject()) {
      p.at(path, "must be an object, got " + describe(node));
      return null;
    }
    RecordComponent[] comps = rec.getRecordComponents();
    List<String> names = Arrays.stream(comps).map(RecordComponent::getName).toList();
    int before = p.size();
    for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
      String f = it.next();
      if (!names.contains(f) && !extra.contains(f)) {
        p.at(path + "." + f, "unknown field; " + Suggest.knownAndNearest(f, names));
      }
    }
    Object[] args = new Object[comps.length];
    for (int i = 0; i < comps.length; i++) {
      RecordComponent c = comps[i];
      String sub = path + "." + c.getName();
      JsonNode v = node.get(c.getName());
      if (v == null) {
        Default d = c.getAnnotation(Default.class);
        if (d != null) {
          v = parseDefault(d.value(), rec, c);
        } else if (c.isAnnotationPresent(Optional.class)) {
          continue;
        } else {
          p.at(sub, "missing required field");
          continue;
        }
      }
      args[i] = value(v, c.getGenericType(), sub, p, c);
    }
    if (p.size() != before) {
      return null;
    }
    try {
      Constructor<?> ctor = rec.getDeclaredConstructor(
          Arrays.stream(comps).map(RecordComponent::getType).toArray(Class<?>[]::new));
      return ctor.newInstance(args);
    } catch (InvocationTargetException e) {
      Throwable cause = e.getCause();
      if (cause instanceof ConfigException ce) {
        p.at(ce.field().isEmpty() ? path : path + "." + ce.field(), ce.getMessage());
      } else if (cause instanceof IllegalArgumentException || cause instanceof IllegalStateException) {
        p.at(path, cause.getMessage());
      } else {
        throw new IllegalStateException("cannot build " + rec.getName(), cause);
      }
      return null;
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot build " + rec.getName() + " (is its package exported?)", e);
    }
  }

  /** Parses a {@code @Default} value; a broken one is a bug of the record, not of the input. */
  static JsonNode parseDefault(String text, Class<?> rec, RecordComponent c) {
    try {
      return DEFAULTS.readTree(text);
    } catch (java.io.IOException e) {
      throw new IllegalStateException(
          "bad @Default(\"" + text + "\") on " + rec.getName() + "." + c.getName(), e);
    }
  }

  /** A short description of a JSON value for messages. */
  public static String describe(JsonNode n) {
    if (n.isTextual()) {
      String t = n.textValue();
      return "the string \"" + (t.length() > 40 ? t.substring(0, 40) + "…" : t) + "\"";
    }
    if (n.isNumber()) {
      return "the number " + n.asText();
    }
    if (n.isBoolean()) {
      return n.asText();
    }
    if (n.isArray()) {
      return "an array";
    }
    if (n.isObject()) {
      return "an object";
    }
    return n.isNull() ? "null" : n.getNodeType().toString().toLowerCase(Locale.ROOT);
  }

  static Class<?> raw(Type t) {
    if (t instanceof Class<?> c) {
      return c;
    }
    if (t instanceof ParameterizedType pt) {
      return (Class<?>) pt.getRawType();
    }
    throw new IllegalStateException("unsupported config type " + t);
  }

  static Type elementType(Type t, int index) {
    if (t instanceof ParameterizedType pt) {
      Type[] args = pt.getActualTypeArguments();
      return args[Math.min(index, args.length - 1)];
    }
    return JsonNode.class;
  }

  /** An empty object node, for types that take no fields. */
  public static ObjectNode emptyObject() {
    return JsonNodeFactory.instance.objectNode();
  }
}
