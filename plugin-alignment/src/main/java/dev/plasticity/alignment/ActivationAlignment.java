package dev.plasticity.alignment;

import dev.plasticity.api.config.Default;
import dev.plasticity.api.config.Doc;
import dev.plasticity.api.config.Min;
import dev.plasticity.api.config.Optional;
import dev.plasticity.api.learn.Initializers;
import dev.plasticity.api.learn.Optimizer;
import java.util.List;

/**
 * Activation Alignment (Kunin et al. 2020): R = α·Sparse + β·Amp, so
 * ∂R/∂B = (2αB − βW)·mean(xᵀx). B starts xavier-uniform; {@code noise} is the standard deviation of Gaussian noise
 * added to every gradient of B; {@code optimizer}, when given, trains B instead of W's.
 */
public record ActivationAlignment(
    @Doc("weight α of sparse") @Default("0.1") double alpha,
    @Doc("weight β of amp") @Default("0.2") double beta,
    @Doc("std of noise on B's gradient") @Default("0") @Min(0) double noise,
    @Doc("optimizer for B") @Optional Optimizer optimizer) implements KuninPreset {
  @Override
  public KuninAlignment rule() {
    return new KuninAlignment(List.of(new KuninTerm(Primitive.SPARSE, alpha), new KuninTerm(Primitive.AMP, beta)), noise, new Initializers.XavierUniform(1), optimizer);
  }
}
