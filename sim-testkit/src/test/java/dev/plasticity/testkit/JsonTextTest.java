package dev.plasticity.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonTextTest {
  @Test
  void valuesAreReadAsJavaValues() {
    assertEquals(Map.of("type", "adam", "lr", new BigDecimal("0.001"), "on", true),
        JsonText.parse(" {\"type\": \"adam\", \"lr\": 0.001, \"on\": true} "));
    assertEquals(Arrays.asList(new BigDecimal("-1"), new BigDecimal("2.5e3"), null, List.of()),
        JsonText.parse("[-1, 2.5e3, null, []]"));
    assertEquals("a\"b\\c\u00e9\n", JsonText.parse("\"a\\\"b\\\\c\\u00e9\\n\""));
  }

  @Test
  void whatJacksonWouldRefuseIsRefusedSayingWhere() {
    for (String[] bad : new String[][] {
        {"xavier-uniform", "at character 1: unexpected 'x'"},
        {"", "at character 1: it is empty"},
        {"1 2", "at character 3: unexpected '2' after the value"},
        {"01", "at character 2: unexpected '1' after the value"},
        {"\"open", "at character 6: a string is not closed"},
        {"[1, 2", "at character 6: expected ']', it ends"},
        {"{\"a\": 1, \"a\": 2}", "at character 10: duplicate field 'a'"},
        {"{a: 1}", "at character 2: expected a field name in quotes"},
        {"[1,]", "at character 4: unexpected ']'"},
        {"'single'", "at character 1: unexpected '''"}}) {
      assertEquals(bad[1], assertThrows(IllegalArgumentException.class, () -> JsonText.parse(bad[0])).getMessage(),
          bad[0]);
    }
  }
}
