package dev.plasticity.api.net;

import dev.plasticity.api.learn.Parameter;

/**
 * Weights from a source to a target population: a = h_source · Wᵀ + b with W of
 * target × source. Feedback weights B, where a rule has them, are parameters the rule
 * registers itself.
 */
public final class Projection {
  private final String id;
  private final int index;
  private final Population source;
  private final Population target;
  private final Parameter weights;
  private final Parameter bias;

  public Projection(
      String id, int index, Population source, Population target, Parameter weights,
      Parameter bias) {
    if (weights.value().rows() != target.size() || weights.value().cols() != source.size()) {
      throw new IllegalArgumentException(
          id + ": W is " + weights.value().shape() + ", expected " + target.size() + "x"
              + source.size());
    }
    this.id = id;
    this.index = index;
    this.source = source;
    this.target = target;
    this.weights = weights;
    this.bias = bias;
  }

  public String id() {
    return id;
  }

  /** Position in the network's forward order. */
  public int index() {
    return index;
  }

  public Population source() {
    return source;
  }

  public Population target() {
    return target;
  }

  /** W, target × source. */
  public Parameter weights() {
    return weights;
  }

  /** b, 1 × target, or null when the projection has no bias. */
  public Parameter bias() {
    return bias;
  }

  public boolean hasBias() {
    return bias != null;
  }

  @Override
  public String toString() {
    return id;
  }
}
