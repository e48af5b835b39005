package dev.plasticity.api.net;

import dev.plasticity.api.learn.Parameter;

/**
 * A source population feeding a target through an {@link BoundOperator operator}: dense
 * (a = h_source · Wᵀ + b with W of target × source), a convolution, pooling, or a plugin's
 * own. W has the operator's shape; an operator without weights (pooling) has neither W nor
 * b. Feedback weights B, where a rule has them, are parameters the rule registers itself,
 * of W's shape.
 */
public final class Projection {
  private final String id;
  private final int index;
  private final Population source;
  private final Population target;
  private final Parameter weights;
  private final Parameter bias;
  private final BoundOperator operator;

  /** A dense projection: W is target × source. */
  public Projection(
      String id, int index, Population source, Population target, Parameter weights,
      Parameter bias) {
    this(id, index, source, target, weights, bias, Dense.of(source.size(), target.size()));
  }

  /**
   * A projection through {@code operator}, bound to the populations' shapes; {@code weights}
   * is null exactly when the operator has none, {@code bias} may be null.
   */
  public Projection(
      String id, int index, Population source, Population target, Parameter weights,
      Parameter bias, BoundOperator operator) {
    if (operator.hasWeights() != (weights != null)) {
      throw new IllegalArgumentException(id + ": the operator " + (operator.hasWeights()
          ? "needs a W" : "has no weights, but a W was given"));
    }
    if (weights != null && (weights.value().rows() != operator.weightRows()
        || weights.value().cols() != operator.weightCols())) {
      throw new IllegalArgumentException(
          id + ": W is " + weights.value().shape() + ", expected " + operator.weightRows() + "x"
              + operator.weightCols());
    }
    if (bias != null && bias.value().size() != operator.biasSize()) {
      throw new IllegalArgumentException(
          id + ": b is " + bias.value().shape() + ", expected 1x" + operator.biasSize());
    }
    this.operator = operator;
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

  /** W (target × source for dense), or null for an operator without weights. */
  public Parameter weights() {
    return weights;
  }

  public boolean hasWeights() {
    return weights != null;
  }

  /** What the projection computes, bound to its populations' shapes. */
  public BoundOperator operator() {
    return operator;
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
