package dev.plasticity.alignment;

import dev.plasticity.api.config.ConfigException;
import dev.plasticity.api.config.Default;
import dev.plasticity.api.config.Doc;
import dev.plasticity.api.config.Min;
import dev.plasticity.api.config.Optional;
import dev.plasticity.api.learn.BackwardSweep;
import dev.plasticity.api.learn.CreditRule;
import dev.plasticity.api.learn.Initializer;
import dev.plasticity.api.learn.Optimizer;
import dev.plasticity.api.learn.Parameter;
import dev.plasticity.api.math.Matrix;
import dev.plasticity.api.math.Rng;
import dev.plasticity.api.net.Projection;
import dev.plasticity.api.sim.Phase;
import dev.plasticity.api.sim.SimContext;
import java.util.List;

/**
 * Kunin et al. (2020): errors travel back through B as in feedback alignment, and B learns
 * by gradient descent on a regularizer R(W, B) = Σ weight · primitive, any weighted list
 * of {@link Primitive}s. Optional Gaussian noise of standard deviation {@code noise} is
 * added to every update of B (the paper's robustness test). B is applied by the layer's
 * optimizer unless {@code optimizer} is given.
 */
public record KuninAlignment(
    @Doc("the terms of R: a list of {primitive, weight}") List<KuninTerm> terms,
    @Doc("standard deviation of Gaussian noise added to every gradient of B") @Default("0")
        @Min(0) double noise,
    @Doc("how B starts") @Default("\"xavier-uniform\"") Initializer init,
    @Doc("optimizer for B; absent: W's optimizer (usually the scenario's)") @Optional
        Optimizer optimizer)
    implements CreditRule {

  public KuninAlignment {
    if (terms == null || terms.isEmpty()) {
      throw new ConfigException("terms", "needs at least one {primitive, weight}");
    }
    terms = List.copyOf(terms);
  }

  @Override
  public void install(SimContext ctx) {
    DenseOnly.require(ctx.network(), "kunin");
    FeedbackWeights fb = FeedbackWeights.register(ctx, true, optimizer);
    Rng initRng = ctx.rng("kunin.B");
    Rng noiseRng = ctx.rng("kunin.noise");
    int n = fb.projections().size();
    Parameter[] bs = new Parameter[n];
    Matrix[] ws = new Matrix[n];
    Matrix[] xs = new Matrix[n];
    KuninRegularizer[] rs = new KuninRegularizer[n];
    int cap = ctx.network().batchCapacity();
    for (int i = 0; i < n; i++) {
      Projection p = fb.projections().get(i);
      bs[i] = fb.parameter(i);
      fb.init(i, init, initRng);
      ws[i] = p.weights().value();
      xs[i] = p.source().activity();
      rs[i] = new KuninRegularizer(terms, p.target().size(), p.source().size(), cap);
    }
    BackwardSweep sweep = new BackwardSweep(ctx.network());
    var feedback = fb.lookup();
    double sigma = noise;
    ctx.scheduler().every(0, 1, Phase.FEEDBACK, 0, "kunin", t -> {
      sweep.run(feedback);
      for (int i = 0; i < n; i++) {
        Matrix g = bs[i].grad();
        rs[i].gradient(ws[i], bs[i].value(), xs[i], g);
        if (sigma > 0) {
          float[] d = g.data();
          for (int k = 0, m = g.size(); k < m; k++) {
            d[k] += (float) (sigma * noiseRng.nextGaussian());
          }
        }
        bs[i].markGradient();
      }
    });
  }
}
