package dev.plasticity.lsh;

import dev.plasticity.api.config.Default;
import dev.plasticity.api.config.Doc;
import dev.plasticity.api.config.Min;
import dev.plasticity.api.math.Rng;

/**
 * Densified winner-take-all (Chen & Shrivastava 2018; SLIDE's hash for sparse inputs): bins
 * of {@code binSize} permuted coordinates; each bin's code is the position of its largest
 * non-zero value; an empty bin borrows the code of the bin that a fixed sequence of random
 * probes reaches first, so sparse inputs still get every hash (densification).
 */
public record DensifiedWta(@Doc("coordinates per bin") @Default("8") @Min(2) int binSize)
    implements HashFamily {
  @Override
  public Hasher draw(int dim, int count, Rng rng) {
    return new Windows(dim, count, Windows.permutedWindows(dim, count, Math.min(binSize, dim), rng), true, rng);
  }
}
