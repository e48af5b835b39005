package dev.plasticity.alignment;

import dev.plasticity.api.math.Linalg;
import dev.plasticity.api.math.Matrix;
import dev.plasticity.api.math.Ops;
import java.util.List;

/**
 * R(W, B) = Σ weight · primitive for one layer, and its gradient with respect to B, with
 * the buffers it needs allocated once for batches of up to {@code capacity} rows.
 */
final class KuninRegularizer {
  private final Primitive[] primitives;
  private final float[] weights;
  private final Matrix pf;
  private final Matrix pb;
  private final Matrix recon;

  KuninRegularizer(List<KuninTerm> terms, int out, int in, int capacity) {
    primitives = terms.stream().map(KuninTerm::primitive).toArray(Primitive[]::new);
    weights = new float[terms.size()];
    for (int i = 0; i < weights.length; i++) {
      weights[i] = (float) terms.get(i).weight();
    }
    pf = new Matrix(capacity, out);
    pb = new Matrix(capacity, out);
    recon = new Matrix(capacity, in);
  }

  /** grad ← ∂R/∂B at (W, B) for the batch x (rows × in). */
  void gradient(Matrix w, Matrix b, Matrix x, Matrix grad) {
    int n = x.rows();
    project(w, b, x);
    grad.fill(0f);
    for (int k = 0; k < primitives.length; k++) {
      float c = weights[k];
      switch (primitives[k]) {
        case DECAY -> Ops.axpy(2 * c, b, grad);
        case SELF -> Ops.axpy(-c, w, grad);
        case SPARSE -> Linalg.gemm(true, false, 2 * c / n, pb, x, 1f, grad);
        case AMP -> Linalg.gemm(true, false, -c / n, pf, x, 1f, grad);
        case NULL -> {
          reconstruct(b, x);
          Linalg.gemm(true, false, 2 * c / n, pf, recon, 1f, grad);
        }
        default -> throw new IllegalStateException(primitives[k].name());
      }
    }
  }

  /** R(W, B) on the batch x, accumulated in double (for tests and diagnostics). */
  double value(Matrix w, Matrix b, Matrix x) {
    int n = x.rows();
    project(w, b, x);
    double r = 0;
    for (int k = 0; k < primitives.length; k++) {
      double v = switch (primitives[k]) {
        case DECAY -> Ops.dot(w, w) + Ops.dot(b, b);
        case SELF -> -Ops.dot(w, b);
        case SPARSE -> (Ops.dot(pf, pf) + Ops.dot(pb, pb)) / n;
        case AMP -> -Ops.dot(pf, pb) / n;
        case NULL -> {
          reconstruct(b, x);
          yield Ops.dot(recon, recon) / n;
        }
      };
      r += weights[k] * v;
    }
    return r;
  }

  private void project(Matrix w, Matrix b, Matrix x) {
    pf.useRows(x.rows());
    pb.useRows(x.rows());
    Linalg.gemm(false, true, 1f, x, w, 0f, pf);
    Linalg.gemm(false, true, 1f, x, b, 0f, pb);
  }

  /** recon ← P_f B − x. */
  private void reconstruct(Matrix b, Matrix x) {
    recon.useRows(x.rows());
    Linalg.gemm(false, false, 1f, pf, b, 0f, recon);
    Ops.axpy(-1f, x, recon);
  }
}
