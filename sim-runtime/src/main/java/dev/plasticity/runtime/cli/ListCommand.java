package dev.plasticity.runtime.cli;

import dev.plasticity.api.spi.ComponentType;
import dev.plasticity.api.spi.Kind;
import dev.plasticity.api.spi.Plugin;
import dev.plasticity.runtime.plugins.TypeRegistry;
import com.google.inject.Inject;
import java.io.PrintStream;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code plasticity list}: every plugin and its component types, a line each. */
@Command(name = "list", description = "List plugins and the component types they provide.")
final class ListCommand implements Callable<Integer> {
  @Mixin
  HelpOption help = new HelpOption();

  private final TypeRegistry types;

  @Inject
  ListCommand(TypeRegistry types) {
    this.types = types;
  }

  @Override
  public Integer call() {
    PrintStream out = System.out;
    // Columns as wide as their longest entry: kind names such as temporal-credit are long.
    int kindWidth = types.kinds().stream().mapToInt(k -> k.name().length()).max().orElse(0);
    int typeWidth = types.entries().stream().mapToInt(e -> e.type().name().length()).max().orElse(0);
    String typeLine = "  %-" + kindWidth + "s %-" + typeWidth + "s %s";
    String kindLine = "  %-" + kindWidth + "s %s";
    for (Plugin p : types.plugins()) {
      Module m = p.getClass().getModule();
      out.println("plugin " + p.name() + " (" + (m.isNamed() ? m.getName() : "class path") + "): "
          + p.description());
      boolean any = false;
      for (TypeRegistry.Entry e : types.entries()) {
        if (e.plugin() == p) {
          ComponentType<?> t = e.type();
          out.println(String.format(Locale.ROOT, typeLine, t.kind().name(), t.name(), t.description()));
          any = true;
        }
      }
      if (!any) {
        out.println("  (no component types yet)");
      }
    }
    out.println();
    out.println("kinds:");
    for (Kind<?> k : types.kinds()) {
      out.println(String.format(Locale.ROOT, kindLine, k.name(), k.description()));
    }
    return Main.OK;
  }
}
