package dev.plasticity.bptt;

import dev.plasticity.api.learn.Parameter;
import dev.plasticity.api.math.StrictTanh;

/**
 * The Elman cell in double precision: h_t = tanh(W z_t) with z_t = [x_t; h_{t-1}; 1] and
 * W = [W_x | W_h | b] (n × m, m = d + n + 1). Keeping the three parameters as the column
 * blocks of one matrix makes the immediate Jacobian I_t = ∂h_t/∂θ row-sparse:
 * I_t[j][(i,k)] = δ_ji (1 − h_t[i]²) z_t[k], which every algorithm below exploits.
 *
 * <p>The temporal algorithms work in double: RTRL must match BPTT to 1e-9 and UORO's
 * unbiasedness is checked over 10,000 estimates, both beyond float's 1e-7. With n ≤ 128
 * the cost is a constant factor, not a change of order.
 */
final class ElmanNet {
  final int n;
  final int d;
  final int m;
  /** θ, n × m, row i = [W_x[i] | W_h[i] | b_i]. */
  final double[] w;

  ElmanNet(int n, int d) {
    this.n = n;
    this.d = d;
    this.m = d + n + 1;
    this.w = new double[n * m];
  }

  /** Number of recurrent parameters p = n·m. */
  int p() {
    return n * m;
  }

  /** W_h[i][l]. */
  double wh(int i, int l) {
    return w[i * m + d + l];
  }

  /** h = tanh(W [x; hp; 1]) for one row. */
  void forwardRow(double[] x, int xo, double[] hp, int hpo, double[] h, int ho) {
    for (int i = 0; i < n; i++) {
      int r = i * m;
      double a = w[r + d + n];
      for (int k = 0; k < d; k++) {
        a += w[r + k] * x[xo + k];
      }
      int rh = r + d;
      for (int l = 0; l < n; l++) {
        a += w[rh + l] * hp[hpo + l];
      }
      h[ho + i] = StrictTanh.tanh(a);
    }
  }

  /** Writes z = [x; hp; 1] into {@code z}. */
  void z(double[] x, int xo, double[] hp, int hpo, double[] z) {
    System.arraycopy(x, xo, z, 0, d);
    System.arraycopy(hp, hpo, z, d, n);
    z[d + n] = 1;
  }

  /** Copies the float parameters (W_x n×d, W_h n×n, b 1×n) into θ. */
  void load(Parameter wx, Parameter whp, Parameter b) {
    float[] x = wx.value().data();
    float[] h = whp.value().data();
    float[] bb = b.value().data();
    for (int i = 0; i < n; i++) {
      int r = i * m;
      for (int k = 0; k < d; k++) {
        w[r + k] = x[i * d + k];
      }
      for (int l = 0; l < n; l++) {
        w[r + d + l] = h[i * n + l];
      }
      w[r + d + n] = bb[i];
    }
  }

  /** Splits a gradient laid out like θ into the three float gradients. */
  void storeGradient(double[] g, Parameter wx, Parameter whp, Parameter b) {
    float[] x = wx.grad().data();
    float[] h = whp.grad().data();
    float[] bb = b.grad().data();
    for (int i = 0; i < n; i++) {
      int r = i * m;
      for (int k = 0; k < d; k++) {
        x[i * d + k] = (float) g[r + k];
      }
      for (int l = 0; l < n; l++) {
        h[i * n + l] = (float) g[r + d + l];
      }
      bb[i] = (float) g[r + d + n];
    }
  }
}
