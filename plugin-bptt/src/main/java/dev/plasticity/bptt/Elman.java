package dev.plasticity.bptt;

import dev.plasticity.api.config.Default;
import dev.plasticity.api.config.Doc;
import dev.plasticity.api.config.Min;
import dev.plasticity.api.math.Rng;

/**
 * The Elman network h_t = tanh(W_x x_t + W_h h_{t−1} + b): W_x ~ N(0, 1/d),
 * W_h ~ N(0, g²/n) (g near 1 sits at the edge of chaos), b = 0.
 */
public record Elman(
    @Doc("hidden units n") @Min(1) int hidden,
    @Doc("gain g of the recurrent weights") @Default("1.0") @Min(0) double gain,
    @Doc("keep only the diagonal of W_h (a network of independent units)") @Default("false")
        boolean diagonal) implements Cell {

  @Override
  public void init(float[] wx, float[] wh, float[] b, int d, Rng rng) {
    double sx = 1 / Math.sqrt(d);
    for (int i = 0; i < wx.length; i++) {
      wx[i] = (float) (sx * rng.nextGaussian());
    }
    double sh = gain / Math.sqrt(hidden);
    for (int i = 0; i < wh.length; i++) {
      wh[i] = (float) (sh * rng.nextGaussian());
    }
    if (diagonal) {
      for (int i = 0; i < hidden; i++) {
        for (int l = 0; l < hidden; l++) {
          if (i != l) {
            wh[i * hidden + l] = 0;
          }
        }
      }
    }
    java.util.Arrays.fill(b, 0);
  }
}
