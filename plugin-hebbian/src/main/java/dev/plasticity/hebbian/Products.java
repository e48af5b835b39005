package dev.plasticity.hebbian;

import dev.plasticity.api.math.Linalg;
import dev.plasticity.api.math.Matrix;

/**
 * The products every linear Hebbian rule starts from, with buffers made once: the responses
 * Y = X Wᵀ (batch × units), the Hebbian term H = Yᵀ X (units × dim) and the response
 * correlation G = Yᵀ Y (units × units), each summed over the batch.
 */
final class Products {
  final Matrix y;
  final Matrix hebb;
  final Matrix gram;

  Products(int batchCapacity, int units, int dim) {
    this.y = new Matrix(batchCapacity, units);
    this.hebb = new Matrix(units, dim);
    this.gram = new Matrix(units, units);
  }

  /** Y = X Wᵀ only. */
  void respond(Matrix x, Matrix w) {
    y.useRows(x.rows());
    Linalg.gemm(false, true, 1f, x, w, 0f, y);
  }

  /** Y, H and G for the batch x. */
  void compute(Matrix x, Matrix w) {
    respond(x, w);
    Linalg.gemm(true, false, 1f, y, x, 0f, hebb);
    Linalg.gemm(true, false, 1f, y, y, 0f, gram);
  }
}
