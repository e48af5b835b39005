package dev.plasticity.hebbian;

import dev.plasticity.api.math.Matrix;
import dev.plasticity.api.math.Rng;
import dev.plasticity.api.sim.SimContext;

/**
 * Generated input with a known structure (kind {@code hebbian-input}): the truth a rule should
 * find (principal components, patterns, a mixing) is drawn once at install from
 * {@code ctx.rng("input/truth")} and registered as the frozen parameter {@link #TRUTH}, where
 * the metrics read it; every tick the sampler draws a fresh batch.
 */
public interface HebbianInput {
  /** The parameter that holds the truth, one row per component, pattern or source. */
  String TRUTH = "input.truth";

  /** Width of an input vector. */
  int dim();

  /** Draws and registers the truth; returns the sampler, its buffers made for batches up to {@code batchCapacity}. */
  Sampler prepare(SimContext ctx, int batchCapacity);

  /** Draws batches; holds no state between ticks but its buffers. */
  interface Sampler {
    /** Fills every row of {@code x} (batch × dim) with a fresh sample from {@code rng}. */
    void draw(Rng rng, Matrix x);
  }
}
