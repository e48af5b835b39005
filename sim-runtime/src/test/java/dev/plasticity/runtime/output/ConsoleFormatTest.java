package dev.plasticity.runtime.output;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Console numbers carry about five significant digits whatever their size. */
class ConsoleFormatTest {
  @Test
  void valuesKeepAboutFiveSignificantDigits() {
    assertEquals("87.26 %", Console.format("test-accuracy", 0.8726));
    assertEquals("0.7446", Console.format("train-loss", 0.74462));
    assertEquals("12.346", Console.format("weight-angle", 12.3456));
    assertEquals("63719.8", Console.format("lsh/mults-per-sample", 63719.808));
    assertEquals("1.315e+05", Console.format("lsh/mults-per-sample", 131500));
    assertEquals("8.538e-07", Console.format("gradient-angle", 8.538e-7));
    assertEquals("0.0000", Console.format("gradient-angle", 0));
  }
}
