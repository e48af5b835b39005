package dev.plasticity.api.spi;

import java.util.List;

/**
 * What the runtime checks of a plugin when it loads it: every registered type is a public
 * record in an exported package, every field type one the binder fills, every
 * {@code @Default} JSON that binds to its field. The runtime provides it (a service), so
 * the testkit's contract checks a plugin exactly as start-up will, without depending on the
 * runtime: a plugin's tests only need the runtime on their class path.
 */
public interface PluginChecker {
  /** One line per problem of {@code plugin}'s types, naming the type, the field and the fix; empty when none. */
  List<String> problems(Plugin plugin);
}
