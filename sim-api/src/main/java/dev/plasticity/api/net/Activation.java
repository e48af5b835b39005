package dev.plasticity.api.net;

import dev.plasticity.api.math.Matrix;

/**
 * A population's nonlinearity h = f(a), applied to a whole batch at once. Implementations
 * are component records (kind {@code activation}); a scenario names them by type.
 */
public interface Activation {
  /** h ← f(a); both batch × units. */
  void apply(Matrix a, Matrix h);

  /**
   * delta ← delta ⊙ f'(a), given a and h = f(a) (whichever is cheaper to use): turns an
   * error with respect to h into one with respect to a.
   */
  void backprop(Matrix a, Matrix h, Matrix delta);
}
