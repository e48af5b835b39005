package dev.plasticity.bptt;

/**
 * The linear readout y = V u + c of a feature vector u (h_t, or [h_t; r_t] with attention
 * memory), its loss (softmax cross-entropy on one-hot targets, or half squared error) and
 * the exact gradients: ∂/∂V and ∂/∂c accumulated, ∂/∂u returned. In double, like the cell.
 */
final class Readout {
  final int in;
  final int out;
  final boolean classification;
  /** V (out × in) then c (out). */
  final double[] v;
  final double[] c;
  final double[] gv;
  final double[] gc;
  private final double[] y;

  Readout(int in, int out, boolean classification) {
    this.in = in;
    this.out = out;
    this.classification = classification;
    v = new double[out * in];
    c = new double[out];
    gv = new double[out * in];
    gc = new double[out];
    y = new double[out];
  }

  /** Outcome of one row: its loss, whether the prediction was right, its squared error. */
  double lastLoss;
  boolean lastCorrect;
  double lastSquaredError;

  /**
   * Forward, loss and backward for one row; {@code scale} (1/rows) makes the gradient that
   * of the batch mean. Writes ∂ℓ/∂y·scale into dy and, unless du is null, ∂ℓ/∂u·scale into du.
   */
  void row(double[] u, int uo, double[] target, int to, double scale, double[] dy, int dyo,
      boolean accumulate) {
    for (int o = 0; o < out; o++) {
      double a = c[o];
      int r = o * in;
      for (int k = 0; k < in; k++) {
        a += v[r + k] * u[uo + k];
      }
      y[o] = a;
    }
    if (classification) {
      int best = 0;
      int label = 0;
      double max = y[0];
      for (int o = 1; o < out; o++) {
        if (y[o] > max) {
          max = y[o];
          best = o;
        }
        if (target[to + o] > target[to + label]) {
          label = o;
        }
      }
      double sum = 0;
      for (int o = 0; o < out; o++) {
        sum += Math.exp(y[o] - max);
      }
      lastLoss = Math.log(sum) - (y[label] - max);
      lastCorrect = best == label;
      lastSquaredError = 0;
      for (int o = 0; o < out; o++) {
        dy[dyo + o] = (Math.exp(y[o] - max) / sum - target[to + o]) * scale;
      }
    } else {
      double se = 0;
      for (int o = 0; o < out; o++) {
        double e = y[o] - target[to + o];
        se += e * e;
        dy[dyo + o] = e * scale;
      }
      lastLoss = 0.5 * se;
      lastSquaredError = se;
      lastCorrect = false;
    }
    if (accumulate) {
      for (int o = 0; o < out; o++) {
        double g = dy[dyo + o];
        gc[o] += g;
        int r = o * in;
        for (int k = 0; k < in; k++) {
          gv[r + k] += g * u[uo + k];
        }
      }
    }
  }

  /** du = Bᵀ dy for a feedback matrix B laid out like V (V itself for exact credit). */
  static void back(double[] b, int out, int in, double[] dy, int dyo, double[] du, int duo) {
    java.util.Arrays.fill(du, duo, duo + in, 0);
    for (int o = 0; o < out; o++) {
      double g = dy[dyo + o];
      int r = o * in;
      for (int k = 0; k < in; k++) {
        du[duo + k] += b[r + k] * g;
      }
    }
  }
}
