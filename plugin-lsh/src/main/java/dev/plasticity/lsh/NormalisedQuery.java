package dev.plasticity.lsh;

/**
 * A MIPS scheme whose query transform is Q(q) = [q/‖q‖; 0 … 0] (Simple-LSH, Sign-ALSH, the
 * symmetric baseline): a sign-bit hash then sees [q; 0 … 0] alike, since the normalisation
 * is a positive factor, so {@link #queryDirection} skips it and multiplies nothing.
 */
interface NormalisedQuery extends MipsTransform {
  @Override
  default void query(float[] q, int qOff, int d, float[] out, int outOff) {
    MipsTransform.normalised(q, qOff, d, out, outOff);
    for (int i = 0; i < extraDims(); i++) {
      out[outOff + d + i] = 0;
    }
  }

  @Override
  default void queryDirection(float[] q, int qOff, int d, float[] out, int outOff) {
    System.arraycopy(q, qOff, out, outOff, d);
    for (int i = 0; i < extraDims(); i++) {
      out[outOff + d + i] = 0;
    }
  }

  @Override
  default long queryDirectionMultiplications(int d) {
    return 0;
  }
}
