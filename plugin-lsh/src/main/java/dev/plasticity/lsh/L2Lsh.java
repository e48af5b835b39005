package dev.plasticity.lsh;

import dev.plasticity.api.config.Default;
import dev.plasticity.api.config.Doc;
import dev.plasticity.api.math.Matrix;
import dev.plasticity.api.math.Rng;

/**
 * L2-LSH (Datar et al. 2004): h = ⌊(aᵀx + b)/r⌋, a ~ N(0, I), b ~ U[0, r). Two vectors at
 * distance c collide with probability 1 − 2Φ(−r/c) − 2c/(√(2π) r)·(1 − e^{−r²/(2c²)}).
 * The runner-up is the neighbouring bucket on the nearer side, the margin the distance to
 * that boundary.
 */
public record L2Lsh(@Doc("bucket width r") @Default("2.5") double r) implements HashFamily {
  public L2Lsh {
    if (!(r > 0)) {
      throw new dev.plasticity.api.config.ConfigException("r", "must be > 0, got " + r);
    }
  }

  @Override
  public Hasher draw(int dim, int count, Rng rng) {
    Matrix a = SimHash.gaussianDirections(count, dim, rng);
    float[] offsets = new float[count];
    for (int j = 0; j < count; j++) {
      offsets[j] = (float) (rng.nextDouble() * r);
    }
    return new Quantised(a, offsets, (float) r);
  }

  /** The collision probability of two vectors at distance {@code c} (the p-stable formula). */
  public static double collisionProbability(double c, double r) {
    double s = r / c;
    return 1 - 2 * normalCdf(-s) - 2 / (Math.sqrt(2 * Math.PI) * s) * (1 - Math.exp(-s * s / 2));
  }

  /** Φ through the complementary error function (Abramowitz–Stegun 7.1.26, |error| < 1.5e-7). */
  static double normalCdf(double z) {
    double x = Math.abs(z) / Math.sqrt(2);
    double t = 1 / (1 + 0.3275911 * x);
    double erfc = t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))))
        * Math.exp(-x * x);
    return z >= 0 ? 1 - erfc / 2 : erfc / 2;
  }

  private static final class Quantised extends ProjectionHasher {
    private final float[] offsets;
    private final float width;

    Quantised(Matrix directions, float[] offsets, float width) {
      super(directions);
      this.offsets = offsets;
      this.width = width;
    }

    @Override
    void code(int j, float p, int at, int[] codes, int[] alternatives, float[] margins) {
      float v = (p + offsets[j]) / width;
      int c = (int) Math.floor(v);
      float frac = v - c;
      codes[at] = c;
      if (alternatives != null) {
        alternatives[at] = frac < 0.5f ? c - 1 : c + 1;
      }
      if (margins != null) {
        margins[at] = Math.min(frac, 1 - frac) * width;
      }
    }
  }
}
