package dev.plasticity.runtime.cli;

import dev.plasticity.runtime.scenario.LoadedScenario;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;

/**
 * Commands a module beside the runtime adds to {@code plasticity} (found with ServiceLoader:
 * {@code provides dev.plasticity.runtime.cli.CommandProvider with ...}), such as
 * {@code sweep} of module dev.plasticity.sweep. The runtime cannot name them (they depend on
 * it), and a module on the path that is not there simply adds nothing, so the command line
 * is the same whichever optional modules a distribution ships.
 */
public interface CommandProvider {
  /** The picocli command objects (each annotated with {@code @Command}) this module adds. */
  List<Object> commands(RuntimeServices services);

  /**
   * Continues {@code dir} when it is this module's kind of directory (a sweep's), giving the
   * exit code; empty when it is not, and {@code plasticity resume} treats it as a run.
   */
  default OptionalInt resume(Path dir, RuntimeServices services) {
    return OptionalInt.empty();
  }

  /**
   * The problems of the parts of {@code scenario} that are this module's (a sweep section),
   * as lines naming the file and JSON path, for {@code plasticity validate}; none by default.
   */
  default List<String> problems(LoadedScenario scenario, RuntimeServices services) {
    return List.of();
  }
}
