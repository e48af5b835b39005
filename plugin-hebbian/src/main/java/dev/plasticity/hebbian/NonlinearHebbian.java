package dev.plasticity.hebbian;

import dev.plasticity.api.config.Default;
import dev.plasticity.api.config.Doc;
import dev.plasticity.api.config.Min;
import dev.plasticity.api.learn.Parameter;
import dev.plasticity.api.math.Linalg;
import dev.plasticity.api.math.Matrix;
import dev.plasticity.api.sim.SimContext;

/**
 * Nonlinear Hebbian learning (Brito & Gerstner 2016): on whitened input z, ΔW = η γ g(W z) zᵀ,
 * averaged over the batch, then symmetric orthogonalisation W ← (W Wᵀ)^(−1/2) W, which keeps the
 * units' weights normalised and apart as lateral inhibition would. With a nonlinearity g and the
 * sign γ that suit the sources' statistics, the rows become independent components (an ICA
 * result): tanh with γ = −1 for sparse, super-Gaussian sources, y³ with γ = +1 likewise.
 */
public record NonlinearHebbian(
    @Doc("units") @Default("4") @Min(1) int units,
    @Doc("learning rate η") @Default("0.05") @Min(value = 0, exclusive = true) double lr,
    @Doc("the nonlinearity g and its sign γ") @Default("\"tanh\"") Nonlinearity nonlinearity,
    @Doc("half-width of the uniform initial weights (orthogonalised before the first update)") @Default("1")
        @Min(value = 0, exclusive = true) double init)
    implements HebbianRule {

  /** g and the sign of the update that makes it find super-Gaussian sources. */
  public enum Nonlinearity {
    /** g(y) = tanh(y), γ = −1. */
    TANH,
    /** g(y) = y³, γ = +1. */
    CUBE;

    float apply(float y) {
      return this == TANH ? (float) Math.tanh(y) : y * y * y;
    }

    float sign() {
      return this == TANH ? -1f : 1f;
    }
  }

  @Override
  public Learner install(SimContext ctx, int dim, int batchCapacity) {
    Matrix w = ctx.parameters().add(new Parameter(WEIGHTS, units, dim, false)).value();
    Bases.uniform(w, init, ctx.rng("rule/init"));
    Orthogonaliser orth = new Orthogonaliser(units, dim);
    orth.apply(w);
    Products p = new Products(batchCapacity, units, dim);
    return x -> {
      p.respond(x, w);
      float[] y = p.y.data();
      for (int i = 0; i < x.rows() * units; i++) {
        y[i] = nonlinearity.apply(y[i]);
      }
      Linalg.gemm(true, false, (float) (nonlinearity.sign() * lr / x.rows()), p.y, x, 1f, w); // W += η γ/B g(Y)ᵀ Z
      orth.apply(w);
    };
  }

  /** W ← (W Wᵀ)^(−1/2) W with buffers made once (units × units, in double for the root). */
  static final class Orthogonaliser {
    private final int k;
    private final Matrix gram;
    private final Matrix root;
    private final Matrix copy;
    private final double[] g;
    private final double[] r;
    private final SymmetricEigen eig;

    Orthogonaliser(int k, int dim) {
      this.k = k;
      this.gram = new Matrix(k, k);
      this.root = new Matrix(k, k);
      this.copy = new Matrix(k, dim);
      this.g = new double[k * k];
      this.r = new double[k * k];
      this.eig = new SymmetricEigen(k);
    }

    void apply(Matrix w) {
      Linalg.gemm(false, true, 1f, w, w, 0f, gram);
      for (int i = 0; i < k * k; i++) {
        g[i] = gram.data()[i];
      }
      eig.decompose(g);
      eig.power(-0.5, r);
      for (int i = 0; i < k * k; i++) {
        root.data()[i] = (float) r[i];
      }
      copy.copyFrom(w);
      Linalg.gemm(false, false, 1f, root, copy, 0f, w);
    }
  }
}
