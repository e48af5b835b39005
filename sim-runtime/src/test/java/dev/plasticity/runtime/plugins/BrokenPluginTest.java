package dev.plasticity.runtime.plugins;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.plasticity.api.config.Default;
import dev.plasticity.api.config.Min;
import dev.plasticity.api.learn.Initializer;
import dev.plasticity.api.net.Activations;
import dev.plasticity.api.spi.Kinds;
import dev.plasticity.runtime.cli.InProcess;
import dev.plasticity.runtime.cli.Main;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A plugin that throws while it is found or registers stops every command, {@code list}
 * included, with one line naming it and exit 2, never a stack trace; a plugin with many
 * problems has them all reported at once, one line each.
 */
class BrokenPluginTest {
  @TempDir
  Path dir;

  /** Registers a type whose name breaks the API's kebab-case rule. */
  public static final class CamelCase extends FixturePlugin {
    public CamelCase() {
      super("camel", r -> r.add(Kinds.ACTIVATION, "WeightNorm", "a misnamed type", Activations.Tanh.class));
    }
  }

  /** Fails in register() with an exception of its own. */
  public static final class Throwing extends FixturePlugin {
    public Throwing() {
      super("throwing", r -> {
        throw new IllegalStateException("no table");
      });
    }
  }

  /** Fails in name(). */
  public static final class Nameless extends FixturePlugin {
    public Nameless() {
      super(null, r -> { });
    }

    @Override
    public String name() {
      throw new UnsupportedOperationException("later");
    }
  }

  /** Fails in description(), as a plugin built against another sim-api might. */
  public static final class Undescribed extends FixturePlugin {
    public Undescribed() {
      super("undescribed", r -> { });
    }

    @Override
    public String description() {
      throw new NoSuchMethodError("dev.plasticity.api.Gone.method()");
    }
  }

  /** Cannot be instantiated: ServiceLoader throws a ServiceConfigurationError. */
  public static final class FailingConstructor extends FixturePlugin {
    public FailingConstructor() {
      super("failing", r -> { });
      throw new IllegalStateException("no config file");
    }
  }

  /** A field the binder cannot fill beside a default that is not JSON. */
  public record ArrayBesideBareWord(float[] extra, @Default("xavier-uniform") Initializer init)
      implements TypeCheckTest.Inert {}

  /** Not public, and a default out of its bounds. */
  record HiddenBadDefault(@Default("0") @Min(1) int every) implements TypeCheckTest.Inert {}

  /** Wrong in every way start-up checks, each problem hiding none of the others. */
  public static final class EverythingWrong extends FixturePlugin {
    public EverythingWrong() {
      super("Everything_Wrong", r -> {
        r.add(Kinds.METRIC, "WeightNorm", "a misnamed type", TypeCheckTest.Fine.class);
        r.add(Kinds.METRIC, "array-beside-bare-word", "t", ArrayBesideBareWord.class);
        r.add(Kinds.METRIC, "undescribed-type", " ", TypeCheckTest.Fine.class);
        r.add(Kinds.METRIC, "hidden-bad-default", "t", HiddenBadDefault.class);
      });
    }

    @Override
    public String description() {
      return "";
    }
  }

  private InProcess.Result list(Class<?>... plugins) {
    List<String> names = java.util.Arrays.stream(plugins).map(Class::getName).toList();
    return OnThePath.with(dir, names, () -> InProcess.run(null, "list"));
  }

  @Test
  void aTypeNameTheApiRefusesIsOneLineNamingThePlugin() {
    InProcess.Result r = list(CamelCase.class);
    assertEquals(Main.BAD_INPUT, r.exit(), r.err());
    assertEquals("error: plugin 'camel' (" + CamelCase.class.getName()
        + "): type names are kebab-case, got 'WeightNorm'\n", r.err());
    assertEquals("", r.out());
  }

  @Test
  void everyProblemOfOneBrokenPluginIsReportedAtOnce() {
    InProcess.Result r = list(EverythingWrong.class);
    assertEquals(Main.BAD_INPUT, r.exit(), r.err());
    String plugin = "error: plugin 'Everything_Wrong' (" + EverythingWrong.class.getName() + "): ";
    String type = "error: plugin 'Everything_Wrong' (class path): type ";
    String self = BrokenPluginTest.class.getName();
    assertEquals(List.of(
        plugin + "plugin names are kebab-case, got 'Everything_Wrong'",
        plugin + "description() returned a blank line; say in a line what the plugin adds (plasticity list shows it)",
        plugin + "type names are kebab-case, got 'WeightNorm'",
        plugin + "undescribed-type: a description is required",
        type + "'array-beside-bare-word' (" + self + "$ArrayBesideBareWord): field 'extra' has type float[], which a "
            + "scenario cannot give; use List<Float>",
        type + "'array-beside-bare-word' (" + self + "$ArrayBesideBareWord): field 'init': @Default(\"xavier-uniform\") "
            + "is not JSON (Unrecognized token 'xavier': was expecting (JSON String, Number, Array, Object or token "
            + "'null', 'true' or 'false')); a default is JSON in a Java string: @Default(\"\\\"xavier-uniform\\\"\")",
        type + "'hidden-bad-default' (" + self + "$HiddenBadDefault): the record is not public, so the runtime cannot "
            + "build it from JSON; make it public",
        type + "'hidden-bad-default' (" + self + "$HiddenBadDefault): field 'every': @Default(\"0\") does not bind "
            + "(every: must be >= 1, got 0); a default must be a value the field takes, as a scenario would write it"),
        r.err().lines().toList());
    assertEquals("", r.out());
  }

  @Test
  void everyBrokenPluginIsReportedAtOnce() {
    InProcess.Result r = list(Throwing.class, Nameless.class, Undescribed.class);
    assertEquals(Main.BAD_INPUT, r.exit(), r.err());
    assertEquals(List.of(
        "error: plugin " + Nameless.class.getName()
            + ": name() failed: java.lang.UnsupportedOperationException: later",
        "error: plugin 'throwing' (" + Throwing.class.getName()
            + "): register() failed: java.lang.IllegalStateException: no table",
        "error: plugin 'undescribed' (" + Undescribed.class.getName()
            + "): description() failed: java.lang.NoSuchMethodError: dev.plasticity.api.Gone.method()"
            + " (a class it was compiled against is missing or changed: was it built against this sim-api?)"),
        r.err().lines().toList());
  }

  @Test
  void aPluginTheServiceLoaderCannotMakeIsOneLine() {
    InProcess.Result r = OnThePath.with(dir, List.of(FailingConstructor.class.getName(), "org.nowhere.Missing"),
        () -> InProcess.run(null, "list"));
    assertEquals(Main.BAD_INPUT, r.exit(), r.err());
    assertEquals(List.of(
        "error: a plugin could not be loaded: dev.plasticity.api.spi.Plugin: Provider "
            + FailingConstructor.class.getName() + " could not be instantiated"
            + " (java.lang.IllegalStateException: no config file)",
        "error: a plugin could not be loaded: dev.plasticity.api.spi.Plugin: Provider org.nowhere.Missing not found"),
        r.err().lines().toList());
  }
}
