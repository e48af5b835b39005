package dev.plasticity.alignment;

import dev.plasticity.api.config.Default;
import dev.plasticity.api.config.Doc;
import dev.plasticity.api.config.Min;
import dev.plasticity.api.config.Optional;
import dev.plasticity.api.learn.Initializers;
import dev.plasticity.api.learn.Optimizer;
import java.util.List;

/**
 * Weight Mirror (Akrout et al. 2019) in Kunin et al.'s terms: R = α·Decay + β·Amp. B starts xavier-uniform; {@code noise} is the standard deviation of Gaussian noise
 * added to every gradient of B; {@code optimizer}, when given, trains B instead of W's.
 */
public record WeightMirror(
    @Doc("weight α of decay") @Default("0.5") double alpha,
    @Doc("weight β of amp") @Default("1.0") double beta,
    @Doc("std of noise on B's gradient") @Default("0") @Min(0) double noise,
    @Doc("optimizer for B") @Optional Optimizer optimizer) implements KuninPreset {
  @Override
  public KuninAlignment rule() {
    return new KuninAlignment(List.of(new KuninTerm(Primitive.DECAY, alpha), new KuninTerm(Primitive.AMP, beta)), noise, new Initializers.XavierUniform(1), optimizer);
  }
}
