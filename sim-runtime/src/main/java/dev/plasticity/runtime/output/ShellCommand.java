package dev.plasticity.runtime.output;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A plasticity command line as someone pastes it into a POSIX shell, in any directory:
 * started as {@code plasticity} when the PATH finds the launcher that started this process,
 * else by that launcher's absolute path ({@code bin/plasticity} passes it as the system
 * property {@code plasticity.launcher}; {@code bin/plasticity}, relative to the project,
 * when the process was not started by it), with PLASTICITY_PLUGIN_PATH in front when it is
 * set (the plugins the run used are found only through it; its entries made absolute), and
 * every word quoted where the shell would otherwise split, expand or glob it.
 */
public final class ShellCommand {
  static final String LAUNCHER = "bin/plasticity";
  static final String LAUNCHER_PROPERTY = "plasticity.launcher";
  static final String PLUGIN_PATH = "PLASTICITY_PLUGIN_PATH";
  static final String BLAS_THREADS = "OPENBLAS_NUM_THREADS";
  /** Words made only of these characters mean the same to a shell quoted or not. */
  private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9_@%+=:,./-]+");

  private ShellCommand() {}

  /** {@code plasticity ARGS...} for this process's environment and launcher. */
  public static String plasticity(List<String> args) {
    return plasticity(System.getenv(), System.getProperty(LAUNCHER_PROPERTY), args);
  }

  /** {@code plasticity ARGS...} for the environment {@code env}, not started by the launcher. */
  public static String plasticity(Map<String, String> env, List<String> args) {
    return plasticity(env, null, args);
  }

  /** {@code plasticity ARGS...} for {@code env} and the launcher at {@code launcher} (null: unknown). */
  public static String plasticity(Map<String, String> env, String launcher, List<String> args) {
    StringBuilder b = new StringBuilder();
    String pluginPath = env.get(PLUGIN_PATH);
    if (pluginPath != null && !pluginPath.isEmpty()) {
      b.append(PLUGIN_PATH).append('=').append(quote(absolute(pluginPath))).append(' ');
    }
    b.append(quote(launcher(env, launcher)));
    args.forEach(a -> b.append(' ').append(quote(a)));
    return b.toString();
  }

  /**
   * The command that runs a run's scenario.json again to the same metrics: with the BLAS
   * thread count in front unless it is the launcher's default of one, since the count
   * changes the last bits.
   */
  public static String reproduce(Path scenarioCopy, String blasThreads) {
    String run = plasticity(List.of("run", scenarioCopy.toAbsolutePath().normalize().toString()));
    boolean launcherDefault = blasThreads.equals("1") || blasThreads.equals("unset");
    return launcherDefault ? run : BLAS_THREADS + "=" + quote(blasThreads) + " " + run;
  }

  /** The plugin path with each entry absolute: the command is pasted in other directories too. */
  private static String absolute(String pluginPath) {
    return Arrays.stream(pluginPath.split(":", -1))
        .map(e -> e.isEmpty() ? e : Path.of(e).toAbsolutePath().normalize().toString())
        .collect(Collectors.joining(":"));
  }

  /** How a shell in any directory starts {@code launcher}: by name when the PATH finds it, else by its path. */
  static String launcher(Map<String, String> env, String launcher) {
    if (launcher == null || launcher.isEmpty()) {
      return LAUNCHER;
    }
    Path self = Path.of(launcher).toAbsolutePath().normalize();
    String path = env.get("PATH");
    if (path != null) {
      for (String entry : path.split(":", -1)) {
        Path dir = Path.of(entry.isEmpty() ? "." : entry);
        Path candidate = dir.resolve("plasticity");
        if (Files.isExecutable(candidate) && !Files.isDirectory(candidate)) {
          // The first the shell would find: ours, by name (unless the PATH entry is relative,
          // so found only from here), or another, and then ours by its path.
          return dir.isAbsolute() && sameFile(candidate, self) ? "plasticity" : self.toString();
        }
      }
    }
    return self.toString();
  }

  private static boolean sameFile(Path a, Path b) {
    try {
      return Files.isSameFile(a, b);
    } catch (IOException e) {
      return false;
    }
  }

  /** {@code word} as one shell word: as it is when plain, else in single quotes ('\'' for '). */
  public static String quote(String word) {
    if (PLAIN.matcher(word).matches()) {
      return word;
    }
    return "'" + word.replace("'", "'\\''") + "'";
  }
}
