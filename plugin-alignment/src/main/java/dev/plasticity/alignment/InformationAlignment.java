package dev.plasticity.alignment;

import dev.plasticity.api.config.Default;
import dev.plasticity.api.config.Doc;
import dev.plasticity.api.config.Min;
import dev.plasticity.api.config.Optional;
import dev.plasticity.api.learn.Initializers;
import dev.plasticity.api.learn.Optimizer;
import java.util.List;

/**
 * Information Alignment (Kunin et al. 2020): R = α·Amp + β·Null + γ·Decay. B starts xavier-uniform; {@code noise} is the standard deviation of Gaussian noise
 * added to every gradient of B; {@code optimizer}, when given, trains B instead of W's.
 */
public record InformationAlignment(
    @Doc("weight α of amp") @Default("0.2") double alpha,
    @Doc("weight β of null (the input rebuilt through B)") @Default("0.01") double beta,
    @Doc("weight γ of decay") @Default("0.1") double gamma,
    @Doc("std of noise on B's gradient") @Default("0") @Min(0) double noise,
    @Doc("optimizer for B") @Optional Optimizer optimizer) implements KuninPreset {
  @Override
  public KuninAlignment rule() {
    return new KuninAlignment(List.of(new KuninTerm(Primitive.AMP, alpha), new KuninTerm(Primitive.NULL, beta),
        new KuninTerm(Primitive.DECAY, gamma)), noise, new Initializers.XavierUniform(1), optimizer);
  }
}
