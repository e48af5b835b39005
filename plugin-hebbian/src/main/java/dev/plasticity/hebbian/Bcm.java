package dev.plasticity.hebbian;

import dev.plasticity.api.config.Default;
import dev.plasticity.api.config.Doc;
import dev.plasticity.api.config.Min;
import dev.plasticity.api.learn.Parameter;
import dev.plasticity.api.math.Linalg;
import dev.plasticity.api.math.Matrix;
import dev.plasticity.api.math.Rng;
import dev.plasticity.api.sim.SimContext;
import java.util.Arrays;

/**
 * BCM (Bienenstock, Cooper & Munro 1982, in Intrator & Cooper's form): rectified linear units
 * y = max(0, w·x), Δw = η x y (y − θ), with a sliding threshold θ that tracks the running mean
 * of y² (θ += rate (⟨y²⟩ − θ) per batch). Activity above θ potentiates, below depresses; since
 * θ grows faster than y, the only stable states respond to one pattern and not to the others:
 * each neuron becomes selective. θ is a frozen parameter ({@link #THRESHOLD}), so checkpoints keep it.
 */
public record Bcm(
    @Doc("neurons, learning independently") @Default("10") @Min(1) int neurons,
    @Doc("learning rate η") @Default("0.05") @Min(value = 0, exclusive = true) double lr,
    @Doc("rate at which θ follows the batch mean of y² (1: θ is that mean)") @Default("0.1")
        @Min(value = 0, exclusive = true) double thresholdRate,
    @Doc("initial weights uniform in [0, init]: every neuron starts responding") @Default("0.1") @Min(0) double init)
    implements HebbianRule {

  /** The parameter that holds each neuron's threshold θ (1 × neurons). */
  public static final String THRESHOLD = "hebbian.theta";

  @Override
  public Learner install(SimContext ctx, int dim, int batchCapacity) {
    Matrix w = ctx.parameters().add(new Parameter(WEIGHTS, neurons, dim, false)).value();
    float[] wd = w.data();
    Rng rng = ctx.rng("rule/init");
    for (int i = 0; i < wd.length; i++) {
      wd[i] = (float) (init * rng.nextDouble());
    }
    float[] theta = ctx.parameters().add(new Parameter(THRESHOLD, 1, neurons, false)).value().data();
    Products p = new Products(batchCapacity, neurons, dim);
    Matrix phi = new Matrix(batchCapacity, neurons);
    double[] meanSquare = new double[neurons];
    return x -> {
      p.respond(x, w);
      phi.useRows(x.rows());
      float[] y = p.y.data();
      float[] f = phi.data();
      Arrays.fill(meanSquare, 0);
      for (int b = 0; b < x.rows(); b++) {
        for (int i = 0; i < neurons; i++) {
          float yi = Math.max(0, y[b * neurons + i]);
          f[b * neurons + i] = yi * (yi - theta[i]);
          meanSquare[i] += (double) yi * yi;
        }
      }
      Linalg.gemm(true, false, (float) (lr / x.rows()), phi, x, 1f, w); // W += η/B φᵀ X
      for (int i = 0; i < neurons; i++) {
        theta[i] += (float) (thresholdRate * (meanSquare[i] / x.rows() - theta[i]));
      }
    };
  }
}
