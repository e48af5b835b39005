package dev.plasticity.runtime.plugins;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.plasticity.api.config.Default;
import dev.plasticity.api.config.DefaultType;
import dev.plasticity.api.config.Min;
import dev.plasticity.api.learn.Initializer;
import dev.plasticity.api.sim.Metric;
import dev.plasticity.api.sim.SimContext;
import dev.plasticity.api.spi.Kinds;
import dev.plasticity.runtime.cli.InProcess;
import dev.plasticity.runtime.cli.Main;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A type the binder could not fill is refused when its plugin loads, one line per problem
 * naming the plugin, the type and the fix, not as "an internal error" when a scenario first
 * uses it.
 */
class TypeCheckTest {
  @TempDir
  Path dir;

  /** A metric that measures nothing: only its fields matter here. */
  interface Inert extends Metric {
    @Override
    default void install(SimContext ctx) {}
  }

  public record FloatArray(float[] extra) implements Inert {}

  public record BareWord(@Default("xavier-uniform") Initializer init) implements Inert {}

  public record OutOfBounds(@Default("0") @Min(1) int every) implements Inert {}

  public record UnknownDefaultType(@DefaultType("nope") Initializer init) implements Inert {}

  record Hidden(double x) implements Inert {}

  public enum Speed { FAST, SLOW }

  public record Inner(@Default("fast") Speed speed) {}

  public record Holder(List<Inner> inners) implements Inert {}

  public record Fine(@Default("\"xavier-uniform\"") Initializer init, @Default("[1, 2]") List<Integer> sizes,
      @Default("{\"type\": \"normal\", \"std\": 0.1}") Initializer other) implements Inert {}

  /** Registers one type of each kind of mistake, and one without any. */
  public static final class BadTypes extends FixturePlugin {
    public BadTypes() {
      super("bad-types", r -> {
        r.add(Kinds.METRIC, "float-array", "t", FloatArray.class);
        r.add(Kinds.METRIC, "bare-word", "t", BareWord.class);
        r.add(Kinds.METRIC, "out-of-bounds", "t", OutOfBounds.class);
        r.add(Kinds.METRIC, "unknown-default-type", "t", UnknownDefaultType.class);
        r.add(Kinds.METRIC, "hidden", "t", Hidden.class);
        r.add(Kinds.METRIC, "holder", "t", Holder.class);
        r.add(Kinds.METRIC, "fine", "t", Fine.class);
      });
    }
  }

  @Test
  void eachProblemIsOneLineWithTheFix() {
    InProcess.Result r = OnThePath.with(dir, List.of(BadTypes.class.getName()), () -> InProcess.run(null, "list"));
    assertEquals(Main.BAD_INPUT, r.exit(), r.err());
    String at = "error: plugin 'bad-types' (class path): type ";
    String self = TypeCheckTest.class.getName();
    assertEquals(List.of(
        at + "'float-array' (" + self + "$FloatArray): field 'extra' has type float[], which a scenario cannot "
            + "give; use List<Float>",
        at + "'bare-word' (" + self + "$BareWord): field 'init': @Default(\"xavier-uniform\") is not JSON "
            + "(Unrecognized token 'xavier': was expecting (JSON String, Number, Array, Object or token 'null', "
            + "'true' or 'false')); a default is JSON in a Java string: @Default(\"\\\"xavier-uniform\\\"\")",
        at + "'out-of-bounds' (" + self + "$OutOfBounds): field 'every': @Default(\"0\") does not bind "
            + "(every: must be >= 1, got 0); a default must be a value the field takes, as a scenario would write it",
        at + "'unknown-default-type' (" + self + "$UnknownDefaultType): field 'init': @DefaultType(\"nope\") "
            + "names no init type; name one of: xavier-uniform, uniform, normal, zeros, test-constant",
        at + "'hidden' (" + self + "$Hidden): the record is not public, so the runtime cannot build it from "
            + "JSON; make it public",
        at + "'holder' (" + self + "$Holder): field 'speed' of " + self + "$Inner: @Default(\"fast\") is not "
            + "JSON (Unrecognized token 'fast': was expecting (JSON String, Number, Array, Object or token "
            + "'null', 'true' or 'false')); a default is JSON in a Java string: @Default(\"\\\"fast\\\"\")"),
        r.err().lines().toList());
  }
}
