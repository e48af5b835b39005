package dev.plasticity.alignment;

import dev.plasticity.api.learn.BackwardSweep;
import dev.plasticity.api.math.Matrix;
import dev.plasticity.api.math.Rng;
import dev.plasticity.api.net.Projection;
import dev.plasticity.api.sim.Phase;
import dev.plasticity.api.sim.SimContext;

/**
 * The sign-symmetry family (Liao et al. 2016; biotorch): B = |M| ∘ sign(W), rebuilt from
 * the current W before every backward sweep. The three rules differ only in M.
 */
final class SignFeedback {
  /**
   * Fills m with the magnitudes of the i-th projection's B for this step; {@code scale} is
   * that projection's Xavier-normal scale.
   */
  interface Magnitudes {
    void fill(int i, double scale, Matrix m);
  }

  private SignFeedback() {}

  /**
   * Xavier-normal standard deviation √(2 / (fan_in + fan_out)), the fans as the operator
   * counts them (dense: W's columns and rows; a convolution: channels · k · k each way).
   */
  static double xavierScale(Projection p) {
    return Math.sqrt(2.0 / (p.operator().fanIn() + p.operator().fanOut()));
  }

  /** Fills m with N(0, s²) values. */
  static void gaussian(Matrix m, double s, Rng rng) {
    float[] d = m.data();
    for (int i = 0, n = m.size(); i < n; i++) {
      d[i] = (float) (s * rng.nextGaussian());
    }
  }

  /**
   * Registers fixed B for every hidden projection and a FEEDBACK event that sets
   * B ← |M| ∘ sign(W) (M from {@code magnitudes}, written into B itself) and runs the sweep.
   */
  static void install(SimContext ctx, String name, Magnitudes magnitudes) {
    FeedbackWeights b = FeedbackWeights.register(ctx, false, null);
    BackwardSweep sweep = new BackwardSweep(ctx.network());
    var feedback = b.lookup();
    int n = b.projections().size();
    Matrix[] bs = new Matrix[n];
    Matrix[] ws = new Matrix[n];
    double[] scales = new double[n];
    for (int i = 0; i < n; i++) {
      bs[i] = b.parameter(i).value();
      ws[i] = b.projections().get(i).weights().value();
      scales[i] = xavierScale(b.projections().get(i));
    }
    ctx.scheduler().every(0, 1, Phase.FEEDBACK, 0, name, t -> {
      for (int i = 0; i < n; i++) {
        magnitudes.fill(i, scales[i], bs[i]);
        applySigns(ws[i], bs[i]);
      }
      sweep.run(feedback);
    });
  }

  /** b ← |b| ∘ sign(w), with sign(0) = 0. */
  static void applySigns(Matrix w, Matrix b) {
    float[] wd = w.data();
    float[] bd = b.data();
    for (int i = 0, n = w.size(); i < n; i++) {
      bd[i] = Math.abs(bd[i]) * Math.signum(wd[i]);
    }
  }
}
