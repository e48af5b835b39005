package dev.plasticity.runtime.plugins;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plasticity.api.net.Activations;
import dev.plasticity.api.spi.ComponentRegistry;
import dev.plasticity.api.spi.Kinds;
import dev.plasticity.api.spi.Plugin;
import dev.plasticity.runtime.cli.InProcess;
import dev.plasticity.runtime.plugins.extra.ExtraPlugin;
import java.util.List;
import org.junit.jupiter.api.Test;

class PluginDiscoveryTest {
  /** A plugin registering one activation under a given name. */
  private record Registering(String name, String typeName) implements Plugin {
    @Override
    public String description() {
      return "test";
    }

    @Override
    public void register(ComponentRegistry r) {
      r.add(Kinds.ACTIVATION, typeName, "test type", Activations.Tanh.class);
    }
  }

  @Test
  void aPluginOnThePathIsFoundWithoutAnyChangeToTheRuntime() {
    TypeRegistry types = PluginLoader.discover();
    assertTrue(types.plugins().stream().anyMatch(p -> p instanceof ExtraPlugin), "found " + types.plugins());
    assertTrue(types.type(Kinds.INIT, "test-constant").isPresent());
    InProcess.Result r = InProcess.run(types, "list");
    assertTrue(r.out().contains("plugin extra"), r.out());
    assertTrue(r.out().contains("test-constant"), r.out());
  }

  @Test
  void twoPluginsRegisteringTheSameNameStopStartUpNamingBoth() {
    PluginException e = assertThrows(PluginException.class, () ->
        PluginLoader.fromPlugins(List.of(new Registering("first", "twin"), new Registering("second", "twin"))));
    assertEquals(1, e.problems().size());
    String line = e.problems().get(0);
    assertTrue(line.contains("'twin'") && line.contains("'first'") && line.contains("'second'"), line);
  }

  @Test
  void aPluginClashingWithTheCoreIsReportedByTheCommandLine() {
    // The registry is built as start-up builds it; the command line turns the clash into exit 2.
    PluginException e = assertThrows(PluginException.class, () -> {
      TypeRegistry t = new TypeRegistry();
      PluginLoader.discover().plugins().forEach(t::load);
      t.load(new Registering("rogue", "tanh"));
      t.check();
    });
    assertTrue(e.getMessage().contains("'core'") && e.getMessage().contains("'rogue'"), e.getMessage());
  }
}
