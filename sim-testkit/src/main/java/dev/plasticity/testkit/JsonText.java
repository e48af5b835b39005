package dev.plasticity.testkit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A strict JSON reader (RFC 8259, one value, nothing after it) for checking {@code @Default}
 * texts: the testkit may depend on the API, JUnit and Mockito only, so it has no Jackson.
 * Objects become ordered maps, arrays lists, numbers {@link BigDecimal} (exact, so a whole
 * number can be told from a fraction), null {@code null}.
 */
final class JsonText {
  private static final Pattern NUMBER = Pattern.compile("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?");

  private final String text;
  private int at;

  private JsonText(String text) {
    this.text = text;
  }

  /** The value {@code text} holds; an IllegalArgumentException saying where it is not JSON. */
  static Object parse(String text) {
    JsonText p = new JsonText(text);
    p.space();
    Object v = p.value();
    p.space();
    if (p.at < text.length()) {
      throw p.error("unexpected '" + text.charAt(p.at) + "' after the value");
    }
    return v;
  }

  private Object value() {
    if (at >= text.length()) {
      throw error(text.isBlank() ? "it is empty" : "it ends where a value should be");
    }
    char c = text.charAt(at);
    return switch (c) {
      case '{' -> object();
      case '[' -> array();
      case '"' -> string();
      case 't' -> literal("true", Boolean.TRUE);
      case 'f' -> literal("false", Boolean.FALSE);
      case 'n' -> literal("null", null);
      default -> number();
    };
  }

  private Map<String, Object> object() {
    Map<String, Object> out = new LinkedHashMap<>();
    at++;
    space();
    if (take('}')) {
      return out;
    }
    do {
      space();
      if (at >= text.length() || text.charAt(at) != '"') {
        throw error("expected a field name in quotes");
      }
      int keyAt = at;
      String key = string();
      if (out.containsKey(key)) {
        at = keyAt;
        throw error("duplicate field '" + key + "'");
      }
      space();
      expect(':');
      space();
      out.put(key, value());
      space();
    } while (take(','));
    expect('}');
    return out;
  }

  private List<Object> array() {
    List<Object> out = new ArrayList<>();
    at++;
    space();
    if (take(']')) {
      return out;
    }
    do {
      space();
      out.add(value());
      space();
    } while (take(','));
    expect(']');
    return out;
  }

  private String string() {
    StringBuilder out = new StringBuilder();
    at++;
    while (at < text.length()) {
      char c = text.charAt(at++);
      if (c == '"') {
        return out.toString();
      }
      if (c < 0x20) {
        throw error("a control character in a string must be escaped");
      }
      if (c != '\\') {
        out.append(c);
        continue;
      }
      if (at >= text.length()) {
        break;
      }
      char e = text.charAt(at++);
      switch (e) {
        case '"', '\\', '/' -> out.append(e);
        case 'b' -> out.append('\b');
        case 'f' -> out.append('\f');
        case 'n' -> out.append('\n');
        case 'r' -> out.append('\r');
        case 't' -> out.append('\t');
        case 'u' -> {
          if (at + 4 > text.length() || !text.substring(at, at + 4).matches("[0-9a-fA-F]{4}")) {
            throw error("\\u needs four hex digits");
          }
          out.append((char) Integer.parseInt(text.substring(at, at + 4), 16));
          at += 4;
        }
        default -> throw error("unknown escape \\" + e);
      }
    }
    throw error("a string is not closed");
  }

  private Object literal(String word, Object value) {
    if (!text.startsWith(word, at)) {
      throw unexpected();
    }
    at += word.length();
    return value;
  }

  private BigDecimal number() {
    Matcher m = NUMBER.matcher(text).region(at, text.length());
    if (!m.lookingAt()) {
      throw unexpected();
    }
    at = m.end();
    return new BigDecimal(m.group());
  }

  private boolean take(char c) {
    if (at < text.length() && text.charAt(at) == c) {
      at++;
      return true;
    }
    return false;
  }

  private void expect(char c) {
    if (!take(c)) {
      throw at < text.length() ? error("expected '" + c + "', got '" + text.charAt(at) + "'")
          : error("expected '" + c + "', it ends");
    }
  }

  private void space() {
    while (at < text.length() && " \t\n\r".indexOf(text.charAt(at)) >= 0) {
      at++;
    }
  }

  private IllegalArgumentException unexpected() {
    return error("unexpected '" + text.charAt(at) + "'");
  }

  private IllegalArgumentException error(String what) {
    return new IllegalArgumentException("at character " + (at + 1) + ": " + what);
  }
}
