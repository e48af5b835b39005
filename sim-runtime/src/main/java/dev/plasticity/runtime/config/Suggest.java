package dev.plasticity.runtime.config;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** "Did you mean ...?": the nearest known name by edit distance. */
public final class Suggest {
  private Suggest() {}

  /** The known names listed, and the nearest suggested when it is close enough. */
  public static String knownAndNearest(String given, Collection<String> known) {
    String list = known.isEmpty() ? "(none)" : String.join(", ", known);
    return "known: " + list + nearest(given, known).map(b -> "; did you mean '" + b + "'?").orElse("");
  }

  /** The known name nearest to {@code given} by edit distance, when it is close enough to be a typo. */
  public static Optional<String> nearest(String given, Collection<String> known) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String k : known) {
      int d = distance(given.toLowerCase(Locale.ROOT), k.toLowerCase(Locale.ROOT));
      if (d < bestDistance) {
        bestDistance = d;
        best = k;
      }
    }
    boolean close = best != null && bestDistance <= Math.max(2, best.length() / 3);
    return close ? Optional.of(best) : onlyCompletion(given, known);
  }

  /** The one known name that {@code given} begins, a name cut short ("test-acc"); empty when none or several. */
  private static Optional<String> onlyCompletion(String given, Collection<String> known) {
    String g = given.toLowerCase(Locale.ROOT);
    List<String> completions = known.stream().filter(k -> k.toLowerCase(Locale.ROOT).startsWith(g)).toList();
    return g.length() >= 3 && completions.size() == 1 ? Optional.of(completions.get(0)) : Optional.empty();
  }

  static int distance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }
}
