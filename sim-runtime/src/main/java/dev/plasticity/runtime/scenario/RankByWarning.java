package dev.plasticity.runtime.scenario;

import dev.plasticity.runtime.config.Suggest;
import java.util.Collection;
import java.util.Optional;

/**
 * A {@code rankBy} that names no metric the run recorded ranks nothing: the comparison
 * stays in scenario order, which looks like a ranking. Metrics name what they record only
 * as they run (alignment-angles records a name per projection), so this cannot be known
 * when the scenario is validated; the run says it at its end.
 */
public final class RankByWarning {
  private RankByWarning() {}

  /** The warning when {@code rankBy} is given and is none of {@code recorded}. */
  public static Optional<String> of(String rankBy, Collection<String> recorded) {
    if (rankBy == null || recorded.contains(rankBy)) {
      return Optional.empty();
    }
    return Optional.of("warning: rankBy '" + rankBy + "' matched no metric, so the variants are in scenario order; "
        + Suggest.knownAndNearest(rankBy, recorded));
  }
}
