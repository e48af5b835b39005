package dev.plasticity.api.learn;

/**
 * Applies a parameter's gradient to its value (kind {@code optimizer}). State such as
 * momentum lives in the parameter's slots, so that checkpoints keep it.
 */
public interface Optimizer {
  void update(Parameter p);
}
