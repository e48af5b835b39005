package dev.plasticity.lsh;

/**
 * Simple-LSH (Neyshabur & Srebro 2015): P(x) = [x/M; √(1 − ‖x‖²/M²)], Q(q) = [q/‖q‖; 0],
 * then SimHash. Every P(x) has norm 1 and Q(q)ᵀP(x) = qᵀx/(‖q‖M): the angle is monotone in
 * the inner product, exactly.
 */
public record SimpleLsh() implements MipsTransform {
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

  @Override
  public void query(float[] q, int qOff, int d, float[] out, int outOff) {
    MipsTransform.normalised(q, qOff, d, out, outOff);
    out[outOff + d] = 0;
  }

  @Override
  public void queryDirection(float[] q, int qOff, int d, float[] out, int outOff) {
    MipsTransform.padded(q, qOff, d, extraDims(), out, outOff);
  }

  @Override
  public long queryDirectionMultiplications(int d) {
    return 0;
  }
}
