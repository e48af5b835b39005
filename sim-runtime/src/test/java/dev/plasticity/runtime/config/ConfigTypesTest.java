package dev.plasticity.runtime.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.plasticity.api.net.Activation;
import dev.plasticity.api.spi.Kinds;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

class ConfigTypesTest {
  private static final Predicate<Class<?>> KINDS =
      c -> Kinds.all().stream().anyMatch(k -> k.type() == c);

  enum Norm { FROBENIUS, MAX_ABS }

  record Inner(double a, float[] bad) {}

  record Everything(double d, Float f, int i, Long l, boolean b, String s, Norm n,
      List<List<Integer>> nested, Map<String, Double> m, Inner inner, Activation act) {}

  record Broken(float[] extra, List<?> wild, @SuppressWarnings("rawtypes") List raw,
      Map<Integer, String> intKeys, Object any, Gate notAKind, short tiny, Set<String> set) {}

  /** An interface no kind is declared for. */
  interface Gate {}

  record Cycle(List<Cycle> children, int depth) {}

  @Test
  void theSupportedTypesHaveAShapeAndTheOthersNone() {
    assertEquals(List.of("field 'inner.bad' has type float[], which a scenario cannot give; use List<Float>"),
        ConfigTypes.unsupportedFields(Everything.class, KINDS));
    assertEquals(java.util.Optional.of(ConfigTypes.Shape.COMPONENT), ConfigTypes.shape(Activation.class, KINDS));
    assertEquals(java.util.Optional.empty(), ConfigTypes.shape(Activation.class, c -> false));
  }

  @Test
  void eachUnsupportedFieldIsOneLineWithWhatToUseInstead() {
    List<String> lines = ConfigTypes.unsupportedFields(Broken.class, KINDS);
    assertEquals(8, lines.size(), lines.toString());
    assertEquals("field 'extra' has type float[], which a scenario cannot give; use List<Float>", lines.get(0));
    assertEquals("field 'wild[]' has type ?, which a scenario cannot give; use a concrete type such as List<Double>",
        lines.get(1));
    assertEquals("field 'raw' has type List, which a scenario cannot give; give its element type, e.g. List<Double>",
        lines.get(2));
    assertEquals("field 'intKeys' has type Map<Integer, String>, which a scenario cannot give; "
        + "JSON object keys are strings: use Map<String, String>", lines.get(3));
    assertEquals("field 'any' has type Object, which a scenario cannot give; use one of double, float, int, long "
        + "(or their boxes), boolean, String, an enum, a record, List<T>, Map<String, T> or a component kind's "
        + "interface", lines.get(4));
    assertEquals("field 'notAKind' has type dev.plasticity.runtime.config.ConfigTypesTest$Gate, which a scenario cannot give; an interface field must be a "
        + "component kind (Kinds in the API, or one a plugin declares)", lines.get(5));
    assertEquals("field 'tiny' has type short, which a scenario cannot give; use one of double, float, int, long "
        + "(or their boxes), boolean, String, an enum, a record, List<T>, Map<String, T> or a component kind's "
        + "interface", lines.get(6));
    assertEquals("field 'set' has type Set<String>, which a scenario cannot give; use one of double, float, int, "
        + "long (or their boxes), boolean, String, an enum, a record, List<T>, Map<String, T> or a component "
        + "kind's interface", lines.get(7));
  }

  @Test
  void recordsHoldingRecordsAreWalkedOnceEach() {
    assertEquals(List.of(Everything.class, Inner.class), ConfigTypes.records(Everything.class, KINDS));
    assertEquals(List.of(Cycle.class), ConfigTypes.records(Cycle.class, KINDS));
    assertEquals(List.of(), ConfigTypes.unsupportedFields(Cycle.class, KINDS));
  }

  @Test
  void enumConstantsAreKebabCaseInJson() {
    assertEquals(List.of("frobenius", "max-abs"), ConfigTypes.enumNames(Norm.class));
  }
}
