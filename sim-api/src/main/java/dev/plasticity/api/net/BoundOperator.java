package dev.plasticity.api.net;

import dev.plasticity.api.math.Matrix;

/**
 * One projection's operator, bound to its populations' shapes. Inputs and outputs are
 * batch × units matrices ({@link Population}'s layout); the weight arguments are matrices
 * of W's shape, so that a credit rule can pass W (backprop) or its own B (the alignment
 * rules) to {@link #backward}, and {@link #forward} with B gives the feedback pathway's
 * projection x·Bᵀ for the alignment metrics. Operators without weights (pooling) have a
 * 0 × 0 W and ignore the weight arguments.
 *
 * <p>Implementations allocate nothing per call: scratch space is made by {@link
 * Operator#bind}.
 */
public interface BoundOperator {
  /** Rows of W (0 when the operator has no weights). */
  int weightRows();

  /** Columns of W (0 when the operator has no weights). */
  int weightCols();

  /** Whether the operator has a W at all. */
  default boolean hasWeights() {
    return weightRows() > 0;
  }

  /** Length of the bias vector: one per target unit (dense), per output channel (conv). */
  int biasSize();

  /** Inputs feeding one output unit, as initialisers and sign feedback count them. */
  int fanIn();

  /** Outputs one input unit feeds (a convolution: out-channels · k · k). */
  int fanOut();

  /** y ← op(x; w), or y += op(x; w) when {@code accumulate}; no bias. */
  void forward(Matrix x, Matrix w, Matrix y, boolean accumulate);

  /** y += b, broadcast over the batch (and, for a convolution, over positions). */
  void addBias(Matrix b, Matrix y);

  /**
   * dx ← the error dy carried back through m (W's shape): dy·m for dense, the transposed
   * convolution of dy with m for conv2d; dx += that when {@code accumulate}. {@code x} is
   * the forward input, which max-pooling routes the error by.
   */
  void backward(Matrix dy, Matrix m, Matrix x, Matrix dx, boolean accumulate);

  /** dw ← ∂(Σ dy ∘ op(x; W))/∂W, summed over the batch. */
  void weightGradient(Matrix dy, Matrix x, Matrix dw);

  /** db ← ∂(Σ dy ∘ (op + b))/∂b, summed over the batch. */
  void biasGradient(Matrix dy, Matrix db);
}
