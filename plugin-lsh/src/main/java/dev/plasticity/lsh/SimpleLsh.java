package dev.plasticity.lsh;

/**
 * Simple-LSH (Neyshabur & Srebro 2015): P(x) = [x/M; √(1 − ‖x‖²/M²)], Q(q) = [q/‖q‖; 0],
 * then SimHash. Every P(x) has norm 1 and Q(q)ᵀP(x) = qᵀx/(‖q‖M): the angle is monotone in
 * the inner product, exactly.
 */
public record SimpleLsh() implements NormalisedQuery {
  @Override
  public int extraDims() {
    return 1;
  }

  @Override
  public HashFamily hash() {
    return new SimHash();
  }

  @Override
  public void item(float[] x, int xOff, int d, double maxNorm, float[] out, int outOff) {
    double s = MipsTransform.scaled(x, xOff, d, 1, maxNorm, out, outOff);
    out[outOff + d] = (float) Math.sqrt(Math.max(0, 1 - s));
  }
}
