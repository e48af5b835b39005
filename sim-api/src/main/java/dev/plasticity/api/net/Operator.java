package dev.plasticity.api.net;

/**
 * What a projection computes (kind {@code operator}): {@code dense} by default,
 * {@code conv2d}, {@code max-pool}, {@code avg-pool}, or a plugin's own. The record is the
 * scenario's configuration; {@link #bind} makes the working operator for one pair of
 * population shapes, which the forward pass, the backward sweep and every credit rule use
 * without knowing which operator it is.
 */
public interface Operator {
  /**
   * Refuses, with a {@link dev.plasticity.api.config.ConfigException} naming the field at
   * fault and the shape it computes, a source and target this operator cannot connect.
   */
  void check(Shape source, Shape target);

  /** The operator for these shapes (checked first), with its scratch buffers. */
  BoundOperator bind(Shape source, Shape target);

  /**
   * Whether it carries weights at all, known before any shape is (pooling does not): what
   * validation asks to tell a network that can learn from one that cannot.
   */
  default boolean hasWeights() {
    return true;
  }
}
