package dev.plasticity.runtime.scenario;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The name of one replicate when a run repeats every variant over several seeds
 * ({@code --seeds}): {@code <variant>@seed<N>}. Kept in one place because the loader makes
 * these names and the outputs group rows by taking them apart again.
 */
public final class SeededName {
  private static final Pattern FORM = Pattern.compile("(.*)@seed(-?\\d+)");

  private SeededName() {}

  public static String of(String variant, long seed) {
    return variant + "@seed" + seed;
  }

  /** The variant a replicate belongs to; the name itself when it is not a replicate. */
  public static String variant(String name) {
    Matcher m = FORM.matcher(name);
    return m.matches() ? m.group(1) : name;
  }

  /** The seed of a replicate's name. */
  public static long seed(String replicate) {
    Matcher m = FORM.matcher(replicate);
    if (!m.matches()) {
      throw new IllegalArgumentException(replicate + " is not a replicate's name");
    }
    return Long.parseLong(m.group(2));
  }

  public static boolean isReplicate(String name) {
    return FORM.matcher(name).matches();
  }
}
