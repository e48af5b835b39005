package dev.plasticity.olfaction;

import dev.plasticity.api.config.Default;
import dev.plasticity.api.config.Doc;
import dev.plasticity.api.config.Min;
import dev.plasticity.api.learn.Initializer;
import dev.plasticity.api.learn.Initializers;
import dev.plasticity.api.math.Matrix;
import dev.plasticity.api.math.Rng;

/** The LSH baseline's projection (the authors' {@code DG}): i.i.d. N(0, std²), std 1 by default. */
public record DenseGaussian(@Doc("standard deviation") @Default("1") @Min(0) double std)
    implements Initializer {
  @Override
  public void init(Matrix w, Rng rng) {
    new Initializers.Normal(std).init(w, rng);
  }
}
