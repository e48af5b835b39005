package dev.plasticity.runtime.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.plasticity.runtime.config.InputException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Malformed scenario files: where, and what JSON expects, in words instead of Jackson's. */
class JsonSyntaxTest {
  private static String problem(String json) {
    InputException e = assertThrows(InputException.class,
        () -> Json.parse(json.replace("|", "\n").getBytes(StandardCharsets.UTF_8), "s.json"));
    assertEquals(1, e.lines().size(), e.lines().toString());
    return e.lines().get(0);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '~', quoteCharacter = '^', value = {
      "{|  \"name\": \"x\",|  \"seed\": 1|~ line 4, column 1: the file ends inside the object opened at line 1, column 1",
      "{\"a\": [1, 2~ line 1, column 12: the file ends inside the array opened at line 1, column 7",
      "{\"a\": \"abc~ line 1, column 11: the file ends inside a string (its closing \" is missing)",
      "{\"a\" 1}~ line 1, column 6: expected ':' after the field name, found '1'",
      "{\"a\": 1 \"b\": 2}~ line 1, column 9: expected ',' or '}' after the field's value, found '\"'",
      "[1 2]~ line 1, column 4: expected ',' or ']' after the array element, found '2'",
      "{a: 1}~ line 1, column 2: expected a field name in double quotes, found 'a'",
      "{\"a\": 1,}~ line 1, column 9: a comma before '}' (JSON allows no trailing comma)",
      "{\"a\": abc}~ line 1, column 11: 'abc' is not a JSON value (strings need double quotes; the literals are true, false and null)",
      "{\"a\": }~ line 1, column 7: expected a value, found '}'",
      "{\"a\": 1, \"a\": 2}~ line 1, column 13: the field 'a' appears twice in one object",
      "{} {}~ line 1, column 4: more text after the end of the JSON value",
      "{\"a\": 01}~ line 1, column 8: a number cannot start with 0 unless it is 0 (or 0.something)",
      "{\"a\": NaN}~ line 1, column 10: NaN is not a JSON number",
      "{\"a\": \"\\q\"}~ line 1, column 9: '\\q' is not a JSON escape (write a backslash as \\\\)",
      "{ // note|}~ line 1, column 3: comments are not allowed in JSON",
      "{\"a\": [1}~ line 1, column 9: '}' where ']' should close the array opened at line 1, column 7",
      "{\"a\": 1.}~ line 1, column 9: a malformed number: decimal point not followed by a digit (found '}')",
      "{\"a\": 'x'}~ line 1, column 7: strings need double quotes, found '",
  })
  void parseErrorsSayWhereAndWhatInWords(String json, String expected) {
    assertEquals("s.json: " + expected, problem(json));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '~', quoteCharacter = '^', value = {
      "{\"a\": \"x|y\"}~ a control character (code 10) inside a string",
      "{\"a\": 1~ the file ends inside the object opened at line 1, column 1",
  })
  void noJacksonVocabulary(String json, String expected) {
    String p = problem(json);
    assertFalse(p.matches(".*(Source|REDACTED|Feature|`|VALUE_|marker|code \\d+\\)\\)).*"), p);
    assertFalse(!p.contains(expected), p);
  }

  @org.junit.jupiter.api.Test
  void tooDeepANestingIsSaidInWords() {
    assertEquals("s.json: nested more than 1000 levels deep", problem("[".repeat(1001) + "]".repeat(1001)));
  }
}
