package dev.plasticity.testkit;

import dev.plasticity.api.config.Default;
import dev.plasticity.api.config.Optional;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The fields of a component record built in Java that are null although a scenario could
 * never leave them so. The binder fills every absent field from its {@code @Default}; a
 * record built with {@code new} gets no default, and {@code new FeedbackAlignment(null)}
 * fails later as a bare NullPointerException inside {@code install}. Said here, once, with
 * the way to get the defaults instead.
 */
final class NullFields {
  private NullFields() {}

  /** One line per null field that is not {@code @Optional}, in {@code component} and the records inside it. */
  static List<String> problems(Object component) {
    List<String> out = new ArrayList<>();
    walk(component, component, "", out);
    return out;
  }

  /** Fails with {@link #problems}' lines when there is any. */
  static void check(Object component) {
    List<String> p = problems(component);
    if (!p.isEmpty()) {
      throw new AssertionError(String.join("\n", p));
    }
  }

  private static void walk(Object top, Object value, String at, List<String> out) {
    if (value instanceof Collection<?> c) {
      int i = 0;
      for (Object v : c) {
        walk(top, v, at + "[" + i++ + "]", out);
      }
      return;
    }
    if (value instanceof Map<?, ?> m) {
      m.forEach((k, v) -> walk(top, v, at + "." + k, out));
      return;
    }
    if (value == null || !value.getClass().isRecord()) {
      return;
    }
    for (RecordComponent c : value.getClass().getRecordComponents()) {
      Object v = read(c, value);
      String field = at.isEmpty() ? c.getName() : at + "." + c.getName();
      if (v == null && !c.isAnnotationPresent(Optional.class)) {
        out.add(top + ": field '" + field + "' is null, which only an @Optional field may be; " + fix(value, c));
      }
      walk(top, v, field, out);
    }
  }

  private static String fix(Object record, RecordComponent c) {
    String type = record.getClass().getSimpleName();
    Default d = c.getAnnotation(Default.class);
    return d == null
        ? "it is required: give it a value"
        : "a record built with 'new' does not take its @Default(\"" + d.value().replace("\"", "\\\"")
            + "\"): build it with Fixtures.defaults(" + type + ".class), or Fixtures.fromJson(" + type
            + ".class, json) to give some fields";
  }

  private static Object read(RecordComponent c, Object record) {
    try {
      c.getAccessor().setAccessible(true);
      return c.getAccessor().invoke(record);
    } catch (ReflectiveOperationException | RuntimeException e) {
      return "(unreadable)"; // an accessor the testkit cannot call says nothing about null
    }
  }
}
