package dev.plasticity.olfaction;

import dev.plasticity.api.config.Default;
import dev.plasticity.api.config.Doc;
import dev.plasticity.api.learn.Initializer;
import dev.plasticity.api.math.Matrix;
import dev.plasticity.api.math.Rng;

/** Every weight the same: the fly Bloom filter's KC→output synapses start at full strength, 1. */
public record Constant(@Doc("the value of every weight") @Default("1") double value) implements Initializer {
  @Override
  public void init(Matrix w, Rng rng) {
    w.fill((float) value);
  }
}
