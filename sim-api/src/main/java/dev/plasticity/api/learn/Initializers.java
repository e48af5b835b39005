package dev.plasticity.api.learn;

import dev.plasticity.api.config.Default;
import dev.plasticity.api.config.Doc;
import dev.plasticity.api.config.Min;
import dev.plasticity.api.math.Matrix;
import dev.plasticity.api.math.Rng;

/** The standard weight initialisers. */
public final class Initializers {
  private Initializers() {}

  /** Glorot and Bengio: U(−a, a) with a = gain·√(6 / (fan_in + fan_out)). */
  public record XavierUniform(@Doc("gain") @Default("1") @Min(0) double gain)
      implements Initializer {
    @Override
    public void init(Matrix w, Rng rng) {
      init(w, w.cols(), w.rows(), rng);
    }

    @Override
    public void init(Matrix w, int fanIn, int fanOut, Rng rng) {
      double a = gain * Math.sqrt(6.0 / (fanOut + fanIn));
      fillUniform(w, a, rng);
    }
  }

  /** U(−a, a) with a given bound. */
  public record Uniform(@Doc("bound a of U(-a, a)") @Min(0) double bound) implements Initializer {
    @Override
    public void init(Matrix w, Rng rng) {
      fillUniform(w, bound, rng);
    }
  }

  /** N(0, std²). */
  public record Normal(@Doc("standard deviation") @Min(0) double std) implements Initializer {
    @Override
    public void init(Matrix w, Rng rng) {
      float[] d = w.data();
      for (int i = 0, n = w.size(); i < n; i++) {
        d[i] = (float) (std * rng.nextGaussian());
      }
    }
  }

  /** All zeros. */
  public record Zeros() implements Initializer {
    @Override
    public void init(Matrix w, Rng rng) {
      w.fill(0f);
    }
  }

  static void fillUniform(Matrix w, double a, Rng rng) {
    float[] d = w.data();
    for (int i = 0, n = w.size(); i < n; i++) {
      d[i] = (float) ((2 * rng.nextDouble() - 1) * a);
    }
  }
}
