package dev.plasticity.api.learn;

import dev.plasticity.api.config.Default;
import dev.plasticity.api.config.Doc;
import dev.plasticity.api.config.Max;
import dev.plasticity.api.config.Min;

/**
 * Stochastic gradient descent with momentum, as PyTorch defines it:
 * g = ∇ + λw; v ← μv + g; w ← w − ηv.
 */
public record Sgd(
    @Doc("learning rate η") @Min(value = 0, exclusive = true) double lr,
    @Doc("momentum μ") @Default("0") @Min(0) @Max(value = 1, exclusive = true) double momentum,
    @Doc("weight decay λ (L2)") @Default("0") @Min(0) double weightDecay)
    implements Optimizer {

  @Override
  public void update(Parameter p) {
    float[] w = p.value().data();
    float[] g = p.grad().data();
    int n = p.value().size();
    float eta = (float) lr;
    float mu = (float) momentum;
    float wd = (float) weightDecay;
    if (mu == 0f) {
      for (int i = 0; i < n; i++) {
        w[i] -= eta * (g[i] + wd * w[i]);
      }
    } else {
      float[] v = p.slot("momentum");
      for (int i = 0; i < n; i++) {
        float vi = mu * v[i] + g[i] + wd * w[i];
        v[i] = vi;
        w[i] -= eta * vi;
      }
    }
    p.consumeGradient();
  }
}
