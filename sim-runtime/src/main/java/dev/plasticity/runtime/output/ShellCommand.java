package dev.plasticity.runtime.output;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A plasticity command line as someone pastes it into a POSIX shell: started as
 * {@code bin/plasticity} (how the README runs it), with PLASTICITY_PLUGIN_PATH in front
 * when it is set (the plugins the run used are found only through it), and every word
 * quoted where the shell would otherwise split, expand or glob it.
 */
public final class ShellCommand {
  static final String LAUNCHER = "bin/plasticity";
  static final String PLUGIN_PATH = "PLASTICITY_PLUGIN_PATH";
  /** Words made only of these characters mean the same to a shell quoted or not. */
  private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9_@%+=:,./-]+");

  private ShellCommand() {}

  /** {@code bin/plasticity ARGS...} for this process's environment. */
  public static String plasticity(List<String> args) {
    return plasticity(System.getenv(), args);
  }

  /** {@code bin/plasticity ARGS...} for the environment {@code env}. */
  public static String plasticity(Map<String, String> env, List<String> args) {
    StringBuilder b = new StringBuilder();
    String pluginPath = env.get(PLUGIN_PATH);
    if (pluginPath != null && !pluginPath.isEmpty()) {
      b.append(PLUGIN_PATH).append('=').append(quote(pluginPath)).append(' ');
    }
    b.append(LAUNCHER);
    args.forEach(a -> b.append(' ').append(quote(a)));
    return b.toString();
  }

  /** {@code word} as one shell word: as it is when plain, else in single quotes ('\'' for '). */
  public static String quote(String word) {
    if (PLAIN.matcher(word).matches()) {
      return word;
    }
    return "'" + word.replace("'", "'\\''") + "'";
  }
}
