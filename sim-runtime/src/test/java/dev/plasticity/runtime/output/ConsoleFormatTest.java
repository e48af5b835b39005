package dev.plasticity.runtime.output;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * Console and report numbers: accuracies in percent and angles in degrees to a fixed
 * resolution of their scale (an angle of float round-off reads 0), anything else with
 * about five significant digits whatever its size.
 */
class ConsoleFormatTest {
  @Test
  void valuesWithoutAScaleKeepAboutFiveSignificantDigits() {
    assertEquals("0.7446", Console.format("train-loss", 0.74462));
    assertEquals("63719.8", Console.format("lsh/mults-per-sample", 63719.808));
    assertEquals("1.315e+05", Console.format("lsh/mults-per-sample", 131500));
    assertEquals("2.500e-07", Console.format("train-loss", 2.5e-7), "a small loss is not rounded away");
    assertEquals("nan", Console.format("train-loss", Double.NaN));
  }

  @Test
  void accuraciesArePercentages() {
    assertEquals("87.26 %", Console.format("test-accuracy", 0.8726));
    assertEquals("12.00 %", Console.format("eval-accuracy/position=3", 0.12));
  }

  @Test
  void anglesAreDegreesToAThousandthAndRoundOffReadsZero() {
    assertEquals("12.346", Console.format("weight-angle", 12.3456));
    assertEquals("89.074", Console.format("gradient-angle/in->hidden", 89.0744));
    assertEquals("0.000", Console.format("gradient-angle/hidden->out", 8.538e-7));
    assertEquals("0.000", Console.format("gradient-angle/hidden->out", -1e-9), "no minus zero");
    assertEquals("0.000", Console.format("gradient-angle", 0));
    assertEquals("0.014", Console.format("gradient-angle/hidden->out", 0.0140));
    assertEquals("180.000", Console.format("projection-angle/hidden->out", 180));
  }

  @Test
  void theScaleComesFromWhatTheNameMeasures() {
    assertEquals(MetricScale.DEGREES, MetricScale.of("angle"));
    assertEquals(MetricScale.RELATIVE, MetricScale.of("angles-seen"));
    assertEquals(MetricScale.RELATIVE, MetricScale.of("b-norm-ratio/hidden->out"));
    assertEquals(MetricScale.RELATIVE, MetricScale.of("lsh/triangle-count"), "the kind is the part before '/'");
  }
}
