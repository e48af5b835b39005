package dev.plasticity.alignment;

/**
 * A double-precision MLP (tanh hidden layers, linear output, softmax cross-entropy averaged
 * over the batch), written out plainly as the exact alternative the float rules are
 * checked against. Parameters are packed layer by layer: W (out × in, row-major), then b.
 */
final class ReferenceMlp {
  final int[] sizes;

  ReferenceMlp(int... sizes) {
    this.sizes = sizes.clone();
  }

  int parameterCount() {
    int n = 0;
    for (int l = 1; l < sizes.length; l++) {
      n += sizes[l] * sizes[l - 1] + sizes[l];
    }
    return n;
  }

  /** Offset of layer l's W (l ≥ 1) in the packed vector; its b follows W. */
  int offset(int l) {
    int n = 0;
    for (int k = 1; k < l; k++) {
      n += sizes[k] * sizes[k - 1] + sizes[k];
    }
    return n;
  }

  /** Activities per layer (h[0] = x); index [layer][sample][unit]. */
  double[][][] forward(double[] theta, double[][] x) {
    int layers = sizes.length;
    double[][][] h = new double[layers][][];
    h[0] = x;
    for (int l = 1; l < layers; l++) {
      int in = sizes[l - 1];
      int out = sizes[l];
      int w = offset(l);
      int b = w + out * in;
      h[l] = new double[x.length][out];
      for (int s = 0; s < x.length; s++) {
        for (int j = 0; j < out; j++) {
          double a = theta[b + j];
          for (int i = 0; i < in; i++) {
            a += theta[w + j * in + i] * h[l - 1][s][i];
          }
          h[l][s][j] = l == layers - 1 ? a : Math.tanh(a);
        }
      }
    }
    return h;
  }

  double loss(double[] theta, double[][] x, int[] y) {
    double[][] logits = forward(theta, x)[sizes.length - 1];
    double total = 0;
    for (int s = 0; s < x.length; s++) {
      total += -Math.log(softmax(logits[s])[y[s]]);
    }
    return total / x.length;
  }

  /** Softmax of one row, shifted by its maximum for stability. */
  static double[] softmax(double[] logits) {
    double max = Double.NEGATIVE_INFINITY;
    for (double v : logits) {
      max = Math.max(max, v);
    }
    double sum = 0;
    double[] p = new double[logits.length];
    for (int j = 0; j < p.length; j++) {
      p[j] = Math.exp(logits[j] - max);
      sum += p[j];
    }
    for (int j = 0; j < p.length; j++) {
      p[j] /= sum;
    }
    return p;
  }

  /** Output error ∂L/∂a_L of the mean softmax cross-entropy. */
  double[][] outputError(double[] theta, double[][] x, int[] y) {
    double[][] logits = forward(theta, x)[sizes.length - 1];
    double[][] e = new double[x.length][];
    for (int s = 0; s < x.length; s++) {
      double[] p = softmax(logits[s]);
      e[s] = new double[p.length];
      for (int j = 0; j < p.length; j++) {
        e[s][j] = (p[j] - (j == y[s] ? 1 : 0)) / x.length;
      }
    }
    return e;
  }

  /**
   * Gradient of the loss when the error travels back through {@code feedback} (matrices
   * packed like W; pass theta itself for backprop): δ_l = (δ_{l+1} M_{l+1}) ⊙ (1 − h_l²).
   */
  double[] gradient(double[] theta, double[] feedback, double[][] x, int[] y) {
    double[][][] h = forward(theta, x);
    double[] g = new double[theta.length];
    double[][] delta = outputError(theta, x, y);
    for (int l = sizes.length - 1; l >= 1; l--) {
      int in = sizes[l - 1];
      int out = sizes[l];
      int w = offset(l);
      int b = w + out * in;
      for (int s = 0; s < x.length; s++) {
        for (int j = 0; j < out; j++) {
          g[b + j] += delta[s][j];
          for (int i = 0; i < in; i++) {
            g[w + j * in + i] += delta[s][j] * h[l - 1][s][i];
          }
        }
      }
      if (l > 1) {
        double[][] below = new double[x.length][in];
        for (int s = 0; s < x.length; s++) {
          for (int i = 0; i < in; i++) {
            double v = 0;
            for (int j = 0; j < out; j++) {
              v += delta[s][j] * feedback[w + j * in + i];
            }
            below[s][i] = v * (1 - h[l - 1][s][i] * h[l - 1][s][i]);
          }
        }
        delta = below;
      }
    }
    return g;
  }

  /**
   * Gradient under direct feedback alignment: every hidden layer l gets
   * δ_l = (e B_l) ⊙ (1 − h_l²) from the output error e, with {@code direct[l]} the
   * n_out × n_l matrix B_l, row-major (entries for the input and output layers unused).
   */
  double[] directGradient(double[] theta, double[][] direct, double[][] x, int[] y) {
    double[][][] h = forward(theta, x);
    double[] g = new double[theta.length];
    double[][] e = outputError(theta, x, y);
    int last = sizes.length - 1;
    for (int l = last; l >= 1; l--) {
      int in = sizes[l - 1];
      int out = sizes[l];
      int w = offset(l);
      int b = w + out * in;
      double[][] delta = l == last ? e : new double[x.length][out];
      if (l != last) {
        for (int s = 0; s < x.length; s++) {
          for (int j = 0; j < out; j++) {
            double v = 0;
            for (int k = 0; k < sizes[last]; k++) {
              v += e[s][k] * direct[l][k * out + j];
            }
            delta[s][j] = v * (1 - h[l][s][j] * h[l][s][j]);
          }
        }
      }
      for (int s = 0; s < x.length; s++) {
        for (int j = 0; j < out; j++) {
          g[b + j] += delta[s][j];
          for (int i = 0; i < in; i++) {
            g[w + j * in + i] += delta[s][j] * h[l - 1][s][i];
          }
        }
      }
    }
    return g;
  }
}
