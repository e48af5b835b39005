package dev.plasticity.lsh;

import dev.plasticity.api.config.Default;
import dev.plasticity.api.config.Doc;
import dev.plasticity.api.config.Min;
import dev.plasticity.api.math.Matrix;
import dev.plasticity.api.math.Rng;

/**
 * Winner-take-all hashing (Yagnik et al. 2011, used by SLIDE): each function looks at
 * {@code window} coordinates of a random permutation and gives the position of the largest.
 * It depends on the order of the values only, not their scale. Costs comparisons, no
 * multiplications. The runner-up is the second largest, the margin the gap between them.
 */
public record Wta(@Doc("coordinates each function compares") @Default("8") @Min(2) int window)
    implements HashFamily {
  @Override
  public Hasher draw(int dim, int count, Rng rng) {
    return new Windows(dim, count, Windows.permutedWindows(dim, count, Math.min(window, dim), rng), false, rng);
  }
}
