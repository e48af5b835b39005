package dev.plasticity.runtime.cli;

import java.util.Comparator;
import java.util.List;
import java.util.ServiceLoader;

/** The {@link CommandProvider}s on the module path (or class path), in a stable order. */
record CommandProviders(List<CommandProvider> all) {
  static CommandProviders discover() {
    return new CommandProviders(ServiceLoader.load(CommandProvider.class).stream()
        .map(ServiceLoader.Provider::get)
        .sorted(Comparator.comparing(p -> p.getClass().getName()))
        .toList());
  }
}
