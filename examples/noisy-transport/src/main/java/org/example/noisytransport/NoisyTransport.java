package org.example.noisytransport;

import dev.plasticity.api.config.Default;
import dev.plasticity.api.config.Doc;
import dev.plasticity.api.config.Min;
import dev.plasticity.api.learn.BackwardSweep;
import dev.plasticity.api.learn.CreditRule;
import dev.plasticity.api.learn.Parameter;
import dev.plasticity.api.math.Matrix;
import dev.plasticity.api.math.Ops;
import dev.plasticity.api.math.Rng;
import dev.plasticity.api.net.Network;
import dev.plasticity.api.net.Projection;
import dev.plasticity.api.sim.Phase;
import dev.plasticity.api.sim.SimContext;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Backprop through an imperfect copy of the forward weights: errors travel back through
 * B = W + σ · rms(W) · Z, with Z standard Gaussian, redrawn every {@code every} ticks. The
 * hidden error is linear in B, so with a fresh draw per batch the update is backprop's in
 * expectation and only its variance grows with σ; a draw held for many ticks is a bias instead.
 *
 * <p>The record is the whole component: its fields are the JSON fields, the annotations give
 * the defaults, the bounds and the docs that {@code plasticity schema} and error messages show.
 */
public record NoisyTransport(
    @Doc("standard deviation of the noise, relative to the root mean square of W's entries")
        @Default("0.5") @Min(0) double sigma,
    @Doc("ticks between fresh draws of the noise (1: a new draw for every batch)")
        @Default("1") @Min(1) int every)
    implements CreditRule {

  @Override
  public void install(SimContext ctx) {
    Network net = ctx.network();
    List<Projection> carriers = new ArrayList<>();
    List<Matrix> noise = new ArrayList<>();
    Map<Projection, Matrix> feedback = new IdentityHashMap<>();
    for (Projection p : net.projections()) {
      if (p.source() == net.input()) {
        continue; // nobody needs the input's error
      }
      Matrix w = p.weights().value();
      // Frozen parameters, so that a checkpoint keeps the current draw, and named
      // "<projection>.B" so that the alignment plugin's angle metrics find B.
      Parameter b = ctx.parameters().add(new Parameter(p.id() + ".B", w.rows(), w.cols(), false));
      Parameter z = ctx.parameters().add(new Parameter(p.id() + ".noise", w.rows(), w.cols(), false));
      carriers.add(p);
      noise.add(z.value());
      feedback.put(p, b.value());
    }
    Rng rng = ctx.rng("noisy-transport");
    BackwardSweep sweep = new BackwardSweep(net);
    Function<Projection, Matrix> lookup = feedback::get; // made once: nothing allocated per tick
    ctx.scheduler().every(0, 1, Phase.FEEDBACK, 0, "noisy-transport", tick -> {
      for (int i = 0; i < carriers.size(); i++) {
        Projection p = carriers.get(i);
        if (tick % every == 0) {
          fillGaussian(noise.get(i), rng);
        }
        transport(p.weights().value(), noise.get(i), feedback.get(p));
      }
      sweep.run(lookup);
    });
  }

  /** b ← w + σ · rms(w) · z. */
  private void transport(Matrix w, Matrix z, Matrix b) {
    double rms = Ops.norm(w) / Math.sqrt(w.size());
    b.copyFrom(w);
    Ops.axpy((float) (sigma * rms), z, b);
  }

  private static void fillGaussian(Matrix m, Rng rng) {
    float[] d = m.data();
    for (int k = 0, n = m.size(); k < n; k++) {
      d[k] = (float) rng.nextGaussian();
    }
  }
}
