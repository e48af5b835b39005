package dev.plasticity.runtime.scenario;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.io.ContentReference;
import com.fasterxml.jackson.core.io.JsonEOFException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Jackson's parse errors in words. Its messages name parser features, token types and a
 * redacted source ("expected close marker for Object (start marker at [Source: REDACTED
 * ..."); a person editing a scenario needs where the problem is and what JSON expects.
 */
final class JsonSyntax {
  /** What was parsed: a file (places are line and column) or a one-line --set value (column only). */
  enum Text {
    FILE("the file", true),
    VALUE("the value", false);

    final String noun;
    final boolean lines;

    Text(String noun, boolean lines) {
      this.noun = noun;
      this.lines = lines;
    }
  }

  private static final Pattern CHARACTER = Pattern.compile("Unexpected character \\('(.*)' \\(code (\\d+)\\)\\)");
  private static final Pattern CLOSE = Pattern.compile("Unexpected close marker '(.)': expected '(.)'");
  private static final Pattern TOKEN = Pattern.compile("(?:Unrecognized|Non-standard) token '([^']*)'");
  private static final Pattern DUPLICATE = Pattern.compile("Duplicate field '(.*)'");
  private static final Pattern CONTROL = Pattern.compile("Illegal unquoted character \\(\\(CTRL-CHAR, code (\\d+)\\)\\)");
  private static final Pattern ESCAPE = Pattern.compile("Unrecognized character escape '(.*)' \\(code");
  private static final Pattern LIMIT = Pattern.compile("^(.*?) \\(\\d+\\) exceeds the maximum allowed \\((\\d+),");
  private static final Pattern NUMBER = Pattern.compile("in numeric value: (.*?)(, for valid numeric value)?$");

  private JsonSyntax() {}

  /** "line 12, column 1: the file ends inside the object opened at line 1, column 1", or the column alone for a value. */
  static String describe(JsonProcessingException e, Text text) {
    String where = where(e, text);
    return (where.isEmpty() ? "" : where + ": ") + reason(e, text);
  }

  /** "line 12, column 1" (or "column 20" in a value); empty when Jackson gives no place. */
  static String where(JsonProcessingException e, Text text) {
    JsonLocation at = e.getLocation();
    return at == null ? "" : place(at.getLineNr(), at.getColumnNr(), text);
  }

  /** What is wrong, in words. */
  static String reason(JsonProcessingException e, Text text) {
    String m = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
    if (e instanceof JsonEOFException || m.startsWith("Unexpected end-of-input")) {
      return endOfInput(e, m, text);
    }
    Matcher c = CHARACTER.matcher(m);
    if (c.find()) {
      return unexpected(c.group(1), Integer.parseInt(c.group(2)), m);
    }
    Matcher close = CLOSE.matcher(m);
    if (close.find()) {
      JsonStreamContext open = innermostOpen(e);
      return open == null ? "'" + close.group(1) + "' closes nothing: no object or array is open"
          : "'" + close.group(1) + "' where '" + close.group(2) + "' should close the " + container(open)
              + " opened at " + opened(open, text);
    }
    Matcher token = TOKEN.matcher(m);
    if (token.find()) {
      String t = token.group(1);
      return t.matches("-?(NaN|Infinity)") ? t + " is not a JSON number"
          : "'" + t + "' is not a JSON value (strings need double quotes; the literals are true, false and null)";
    }
    Matcher dup = DUPLICATE.matcher(m);
    if (dup.find()) {
      return "the field '" + dup.group(1) + "' appears twice in one object";
    }
    if (m.startsWith("Trailing token")) {
      return "more text after the end of the JSON value";
    }
    if (m.contains("Leading zeroes not allowed")) {
      return "a number cannot start with 0 unless it is 0 (or 0.something)";
    }
    Matcher control = CONTROL.matcher(m);
    if (control.find()) {
      return "a control character (code " + control.group(1) + ") inside a string; write it as an escape such as \\n or \\t";
    }
    Matcher escape = ESCAPE.matcher(m);
    if (escape.find()) {
      return "'\\" + escape.group(1) + "' is not a JSON escape (write a backslash as \\\\)";
    }
    if (m.startsWith("Invalid UTF-8")) {
      return text.noun + " is not UTF-8 text";
    }
    Matcher limit = LIMIT.matcher(m);
    if (limit.find()) {
      return limit(limit.group(1), limit.group(2));
    }
    return plain(m);
  }

  private static String endOfInput(JsonProcessingException e, String m, Text text) {
    if (m.contains("VALUE_STRING") || m.contains("string value") || m.contains("field name")
        || m.contains("closing '\"'")) {
      return text.noun + " ends inside a string (its closing \" is missing)";
    }
    JsonStreamContext open = innermostOpen(e);
    if (open == null) {
      return text.noun + " ends before a value";
    }
    return text.noun + " ends inside the " + container(open) + " opened at " + opened(open, text);
  }

  private static String unexpected(String ch, int code, String m) {
    String found = code < 32 ? "a control character (code " + code + ")" : "'" + ch + "'";
    if (m.contains("comment")) {
      return "comments are not allowed in JSON";
    }
    if (m.contains("colon to separate field name and value")) {
      return "expected ':' after the field name, found " + found;
    }
    if (m.contains("comma to separate Object entries")) {
      return "expected ',' or '}' after the field's value, found " + found;
    }
    if (m.contains("comma to separate Array entries")) {
      return "expected ',' or ']' after the array element, found " + found;
    }
    if (m.contains("double-quote to start field name")) {
      return ch.equals("}") ? "a comma before '}' (JSON allows no trailing comma)"
          : "expected a field name in double quotes, found " + found;
    }
    Matcher number = NUMBER.matcher(m);
    if (number.find()) {
      return "a malformed number: " + lowerFirst(number.group(1)) + " (found " + found + ")";
    }
    if (ch.equals("'")) {
      return "strings need double quotes, found '";
    }
    if (ch.equals("]")) {
      return "expected a value, found ']' (JSON allows no trailing comma)";
    }
    return "expected a value, found " + found;
  }

  private static String limit(String what, String max) {
    if (what.contains("nesting depth")) {
      return "nested more than " + max + " levels deep";
    }
    if (what.contains("Number value length")) {
      return "a number longer than " + max + " characters";
    }
    if (what.contains("String value length")) {
      return "a string longer than " + max + " characters";
    }
    return lowerFirst(what) + " exceeds " + max;
  }

  /** Any other message: its first line, without the parser's feature names and source. */
  private static String plain(String m) {
    String first = m.isEmpty() ? "malformed JSON" : m.lines().findFirst().orElse(m);
    return first.replaceAll("\\s*\\(?\\[Source:.*$", "")
        .replaceAll("\\s*\\((from|for) `[^`]*`[^)]*\\)", "")
        .replaceAll(":?\\s*(enable|Call|not allowed as per) `.*$", "");
  }

  /** The innermost object or array being parsed when the parser stopped. */
  private static JsonStreamContext innermostOpen(JsonProcessingException e) {
    if (!(e.getProcessor() instanceof JsonParser parser)) {
      return null;
    }
    for (JsonStreamContext c = parser.getParsingContext(); c != null; c = c.getParent()) {
      if (c.inObject() || c.inArray()) {
        return c;
      }
    }
    return null;
  }

  private static String container(JsonStreamContext c) {
    return c.inObject() ? "object" : "array";
  }

  private static String opened(JsonStreamContext c, Text text) {
    JsonLocation l = c.startLocation(ContentReference.unknown());
    return place(l.getLineNr(), l.getColumnNr(), text);
  }

  private static String place(int line, int column, Text text) {
    return text.lines ? "line " + line + ", column " + column : "column " + column;
  }

  private static String lowerFirst(String s) {
    return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
  }
}
