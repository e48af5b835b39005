package dev.plasticity.bptt;

import dev.plasticity.api.config.Default;
import dev.plasticity.api.config.Doc;
import dev.plasticity.api.math.Rng;
import dev.plasticity.api.sim.SimContext;

/**
 * e-prop (Bellec et al. 2020) for the rate network: ∇W[i][k] ≈ Σ_t L_t[i] e_t[i][k], an
 * eligibility trace e times a learning signal L. A tanh Elman unit has no state of its
 * own (its self-connection is a synapse), so its eligibility trace is the immediate
 * e_t[i][k] = (1 − h_t[i]²) z_t[k]; the learning signal is the output error sent back
 * through W_yᵀ (symmetric) or through fixed random weights B (random, as in
 * feedback alignment), which the trainer provides as {@link Episode#qs}.
 */
public record Eprop(
    @Doc("learning signal through the readout's transpose, or through fixed random weights")
        @Default("\"symmetric\"") Feedback feedback) implements TemporalCredit {

  /** Where the learning signal comes from. */
  public enum Feedback { symmetric, random }

  @Override
  public Learner install(SimContext ctx, Episode e, int length, boolean stream, Rng rng) {
    return new Eligibility(e);
  }

  static final class Eligibility extends Learner {
    private final double[] z;

    Eligibility(Episode e) {
      super(e);
      z = new double[e.net.m];
    }

    @Override
    void credit(long t) {
      ElmanNet net = e.net;
      int n = net.n;
      int m = net.m;
      for (int b = 0; b < e.rows; b++) {
        int ho = e.hOff(t, b);
        e.z(t, b, z);
        for (int i = 0; i < n; i++) {
          double h = e.hs[ho + i];
          double l = e.qs[ho + i] * (1 - h * h);
          if (l != 0) {
            int r = i * m;
            for (int k = 0; k < m; k++) {
              e.grad[r + k] += l * z[k];
            }
          }
        }
      }
    }
  }
}
