package dev.plasticity.runtime.scenario;

import dev.plasticity.runtime.config.Problems;
import dev.plasticity.runtime.config.Problems.Problem;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The values of a scenario tree that its file did not write there, in the order they were
 * changed, and by what: a problem found at or under such a value says where it came from,
 * since the file itself shows nothing wrong there. The last change to cover a problem's
 * path is the one that made the value.
 */
final class Changes {
  private record Change(String path, UnaryOperator<Problem> explain) {}

  private final List<Change> changes = new ArrayList<>();

  /** A copy to add a variant's changes to. */
  Changes copy() {
    Changes c = new Changes();
    c.changes.addAll(changes);
    return c;
  }

  /** {@code path} was set by {@code --set text}: its problems end "(set by --set text)". */
  void bySet(String path, String text) {
    changes.add(new Change(path, p -> new Problem(p.path(), p.message() + " (set by --set " + text + ")")));
  }

  /**
   * {@code path} was set by a change of the smoke block: its problems are said where that
   * change is written, {@code written} ({@code $.smoke["data.trainLimit"]}).
   */
  void bySmoke(String path, String written) {
    changes.add(new Change(path, p -> new Problem(written + p.path().substring(path.length()), p.message())));
  }

  /** {@code path} was set by the variant being bound: its problems need no more words. */
  void byVariant(String path) {
    changes.add(new Change(path, UnaryOperator.identity()));
  }

  /** {@code problems}, each explained by the last change that covers its path. */
  Problems explain(Problems problems) {
    Problems out = new Problems();
    for (Problem p : problems.all()) {
      Change last = null;
      for (Change c : changes) {
        if (p.path() != null && covers(c.path(), p.path())) {
          last = c;
        }
      }
      out.add(last == null ? p : last.explain().apply(p));
    }
    return out;
  }

  /** Whether {@code path} is {@code changed} or lies inside it. */
  private static boolean covers(String changed, String path) {
    return path.equals(changed) || path.startsWith(changed + ".") || path.startsWith(changed + "[");
  }
}
