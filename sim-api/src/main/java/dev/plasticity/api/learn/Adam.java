package dev.plasticity.api.learn;

import dev.plasticity.api.config.Default;
import dev.plasticity.api.config.Doc;
import dev.plasticity.api.config.Max;
import dev.plasticity.api.config.Min;

/** Adam (Kingma and Ba) with bias correction, PyTorch's defaults. */
public record Adam(
    @Doc("learning rate") @Default("0.001") @Min(value = 0, exclusive = true) double lr,
    @Doc("decay of the first moment") @Default("0.9") @Min(0) @Max(value = 1, exclusive = true)
        double beta1,
    @Doc("decay of the second moment") @Default("0.999") @Min(0)
        @Max(value = 1, exclusive = true) double beta2,
    @Doc("added to the root of the second moment") @Default("1e-8")
        @Min(value = 0, exclusive = true) double eps,
    @Doc("weight decay (L2, added to the gradient)") @Default("0") @Min(0) double weightDecay)
    implements Optimizer {

  @Override
  public void update(Parameter p) {
    float[] w = p.value().data();
    float[] g = p.grad().data();
    float[] m = p.slot("adam.m");
    float[] v = p.slot("adam.v");
    long t = p.updates() + 1;
    double c1 = 1 - Math.pow(beta1, t);
    double c2 = 1 - Math.pow(beta2, t);
    float b1 = (float) beta1;
    float b2 = (float) beta2;
    float stepSize = (float) (lr / c1);
    float sqrtC2 = (float) Math.sqrt(c2);
    float e = (float) eps;
    float wd = (float) weightDecay;
    for (int i = 0, n = p.value().size(); i < n; i++) {
      float gi = g[i] + wd * w[i];
      m[i] = b1 * m[i] + (1 - b1) * gi;
      v[i] = b2 * v[i] + (1 - b2) * gi * gi;
      w[i] -= stepSize * m[i] / ((float) Math.sqrt(v[i]) / sqrtC2 + e);
    }
    p.consumeGradient();
  }
}
