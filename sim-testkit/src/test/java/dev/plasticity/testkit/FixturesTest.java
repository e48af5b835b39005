package dev.plasticity.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.plasticity.api.config.Default;
import dev.plasticity.api.config.Min;
import dev.plasticity.api.config.Optional;
import dev.plasticity.api.learn.Initializer;
import dev.plasticity.api.learn.Initializers;
import dev.plasticity.api.learn.Optimizer;
import dev.plasticity.api.sim.Metric;
import dev.plasticity.api.sim.SimContext;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Fixtures builds records with the runtime's binder, as a scenario naming the type would. */
class FixturesTest {
  public enum Norm { FROBENIUS, MAX_ABS }

  /** Every shape of default: number, enum, list, and a component named by its type. */
  public record Defaulted(
      @Default("0.5") @Min(0) double sigma,
      @Default("\"max-abs\"") Norm norm,
      @Default("[1, 2, 4]") List<Integer> sizes,
      @Default("\"xavier-uniform\"") Initializer init,
      @Optional Optimizer optimizer) implements Metric {
    @Override
    public void install(SimContext ctx) {}
  }

  public record Required(double rate, @Default("3") int every) implements Metric {
    @Override
    public void install(SimContext ctx) {}
  }

  @Test
  void defaultsGivesEveryFieldItsDefaultAsAScenarioWould() {
    assertEquals(new Defaulted(0.5, Norm.MAX_ABS, List.of(1, 2, 4), new Initializers.XavierUniform(1), null),
        Fixtures.defaults(Defaulted.class));
  }

  @Test
  void fromJsonGivesSomeFieldsAndTheOthersTheirDefaults() {
    assertEquals(new Defaulted(2, Norm.MAX_ABS, List.of(1, 2, 4), new Initializers.Normal(0.1), null),
        Fixtures.fromJson(Defaulted.class, "{\"sigma\": 2, \"init\": {\"type\": \"normal\", \"std\": 0.1}}"));
    assertEquals(new Required(0.1, 3), Fixtures.fromJson(Required.class, "{\"rate\": 0.1}"));
  }

  @Test
  void aFieldWithoutDefaultIsNamedWithHowToGiveIt() {
    AssertionError e = assertThrows(AssertionError.class, () -> Fixtures.defaults(Required.class));
    assertEquals("Fixtures.defaults(Required.class): $.rate: missing required field; it has no @Default: give it, "
        + "Fixtures.fromJson(Required.class, \"{\\\"rate\\\": ...}\")", e.getMessage());
  }

  @Test
  void everyProblemIsOneLineAtItsPath() {
    AssertionError e = assertThrows(AssertionError.class,
        () -> Fixtures.fromJson(Defaulted.class, "{\"sigma\": -1, \"norm\": \"l1\", \"sizes\": [1.5]}"));
    List<String> lines = e.getMessage().lines().toList();
    assertEquals(3, lines.size(), e.getMessage());
    String call = "Fixtures.fromJson(Defaulted.class, {\"sigma\": -1, \"norm\": \"l1\", \"sizes\": [1.5]}): ";
    assertEquals(call + "$.sigma: must be >= 0, got -1", lines.get(0));
    assertEquals(true, lines.get(1).startsWith(call + "$.norm: ") && lines.get(1).contains("max-abs"), lines.get(1));
    assertEquals(true, lines.get(2).startsWith(call + "$.sizes[0]: "), lines.get(2));
  }

  @Test
  void notAnObjectOrNotJsonSaysSo() {
    assertEquals("Fixtures.fromJson(Required.class, [1]): $: must be a JSON object of the record's fields, got an array",
        assertThrows(AssertionError.class, () -> Fixtures.fromJson(Required.class, "[1]")).getMessage());
    String notJson = assertThrows(AssertionError.class, () -> Fixtures.fromJson(Required.class, "{rate: 1}"))
        .getMessage();
    assertEquals(true, notJson.startsWith("Fixtures.fromJson(Required.class, {rate: 1}): not JSON: "), notJson);
  }
}
