package dev.plasticity.api.net;

import dev.plasticity.api.math.FastTanh;
import dev.plasticity.api.math.Matrix;

/** The standard element-wise nonlinearities. */
public final class Activations {
  private Activations() {}

  /** f(a) = a. */
  public record Identity() implements Activation {
    @Override
    public void apply(Matrix a, Matrix h) {
      if (a != h) {
        h.copyFrom(a);
      }
    }

    @Override
    public void backprop(Matrix a, Matrix h, Matrix delta) {}
  }

  /** f(a) = tanh a; f' = 1 − h². */
  public record Tanh() implements Activation {
    @Override
    public void apply(Matrix a, Matrix h) {
      h.useRows(a.rows());
      FastTanh.apply(a.data(), h.data(), a.size());
    }

    @Override
    public void backprop(Matrix a, Matrix h, Matrix delta) {
      float[] hd = h.data();
      float[] dd = delta.data();
      for (int i = 0, n = delta.size(); i < n; i++) {
        dd[i] *= 1f - hd[i] * hd[i];
      }
    }
  }

  /** f(a) = max(0, a); f' = [a > 0]. */
  public record Relu() implements Activation {
    @Override
    public void apply(Matrix a, Matrix h) {
      float[] ad = a.data();
      float[] hd = h.data();
      h.useRows(a.rows());
      for (int i = 0, n = a.size(); i < n; i++) {
        hd[i] = Math.max(0f, ad[i]);
      }
    }

    @Override
    public void backprop(Matrix a, Matrix h, Matrix delta) {
      float[] ad = a.data();
      float[] dd = delta.data();
      for (int i = 0, n = delta.size(); i < n; i++) {
        if (ad[i] <= 0f) {
          dd[i] = 0f;
        }
      }
    }
  }

  /** f(a) = 1 / (1 + e^−a) = ½ + ½ tanh(a/2); f' = h(1 − h). */
  public record Sigmoid() implements Activation {
    @Override
    public void apply(Matrix a, Matrix h) {
      float[] ad = a.data();
      float[] hd = h.data();
      h.useRows(a.rows());
      for (int i = 0, n = a.size(); i < n; i++) {
        hd[i] = 0.5f + 0.5f * FastTanh.tanh(0.5f * ad[i]);
      }
    }

    @Override
    public void backprop(Matrix a, Matrix h, Matrix delta) {
      float[] hd = h.data();
      float[] dd = delta.data();
      for (int i = 0, n = delta.size(); i < n; i++) {
        dd[i] *= hd[i] * (1f - hd[i]);
      }
    }
  }
}
