package dev.plasticity.api.net;

import dev.plasticity.api.net.ReferenceOps.Geometry;

/**
 * A small convolutional network with pooling and two skip connections, in double, its
 * gradient by hand from {@link ReferenceOps}:
 *
 * <pre>
 *   in 2x7x7 --conv 3x3 pad 1--> c1 3x7x7 tanh --max-pool 2--> p1 3x3x3
 *   p1 --conv 2x2--> c2 4x2x2 tanh,  plus c1 --conv 4x4 stride 3--> c2   (skip)
 *   c2 --avg-pool 2--> a1 4x1x1 --dense--> out 5,  plus p1 --dense--> out (skip)
 * </pre>
 *
 * softmax cross-entropy averaged over the batch. θ holds, for each projection with
 * weights in forward order, W (row-major, out × in × k × k for a convolution) then b.
 */
final class ReferenceConvNet {
  static final Geometry G0 = new Geometry(2, 7, 7, 3, 1, 1); // in -> c1
  static final Geometry GP = new Geometry(3, 7, 7, 2, 2, 0); // c1 -> p1 (max)
  static final Geometry G2 = new Geometry(3, 3, 3, 2, 1, 0); // p1 -> c2
  static final Geometry G3 = new Geometry(3, 7, 7, 4, 3, 0); // c1 -> c2 (skip)
  static final Geometry GA = new Geometry(4, 2, 2, 2, 2, 0); // c2 -> a1 (avg)
  static final int C1 = 3;
  static final int C2 = 4;
  static final int A1 = 4;
  static final int P1 = 27;
  static final int OUT = 5;
  static final int IN = 98;

  /** Sizes of W and b for each projection with weights, in forward order. */
  static final int[][] PARAMS = {
    {C1 * 2 * 9, C1}, {C2 * 3 * 4, C2}, {C2 * 3 * 16, C2}, {OUT * A1, OUT}, {OUT * P1, OUT}
  };

  static int parameterCount() {
    int n = 0;
    for (int[] p : PARAMS) {
      n += p[0] + p[1];
    }
    return n;
  }

  /** The i-th W (j = 0) or b (j = 1) of θ. */
  static double[] slice(double[] theta, int i, int j) {
    int off = 0;
    for (int q = 0; q < i; q++) {
      off += PARAMS[q][0] + PARAMS[q][1];
    }
    if (j == 1) {
      off += PARAMS[i][0];
    }
    return java.util.Arrays.copyOfRange(theta, off, off + PARAMS[i][j]);
  }

  private static double[] dense(double[] x, double[] w, double[] b, int out) {
    double[] y = b.clone();
    for (int o = 0; o < out; o++) {
      for (int i = 0; i < x.length; i++) {
        y[o] += w[o * x.length + i] * x[i];
      }
    }
    return y;
  }

  private static double[] tanh(double[] a) {
    double[] h = new double[a.length];
    for (int i = 0; i < a.length; i++) {
      h[i] = Math.tanh(a[i]);
    }
    return h;
  }

  private static double[] add(double[] a, double[] b) {
    double[] s = a.clone();
    for (int i = 0; i < s.length; i++) {
      s[i] += b[i];
    }
    return s;
  }

  /** The activities of one sample: h_c1, h_p1, h_c2, h_a1, a_out. */
  private static double[][] forward(double[] theta, double[] x) {
    double[] hc1 = tanh(ReferenceOps.conv(G0, C1, x, slice(theta, 0, 0), slice(theta, 0, 1)));
    int[] win = ReferenceOps.maxWinners(GP, hc1);
    double[] hp1 = new double[P1];
    for (int i = 0; i < P1; i++) {
      hp1[i] = hc1[win[i]];
    }
    double[] hc2 = tanh(add(ReferenceOps.conv(G2, C2, hp1, slice(theta, 1, 0), slice(theta, 1, 1)),
        ReferenceOps.conv(G3, C2, hc1, slice(theta, 2, 0), slice(theta, 2, 1))));
    double[] ha1 = ReferenceOps.avg(GA, hc2);
    double[] out = add(dense(ha1, slice(theta, 3, 0), slice(theta, 3, 1), OUT),
        dense(hp1, slice(theta, 4, 0), slice(theta, 4, 1), OUT));
    return new double[][] {hc1, hp1, hc2, ha1, out};
  }

  private static double[] softmax(double[] a) {
    double max = Double.NEGATIVE_INFINITY;
    for (double v : a) {
      max = Math.max(max, v);
    }
    double[] p = new double[a.length];
    double z = 0;
    for (int i = 0; i < a.length; i++) {
      p[i] = Math.exp(a[i] - max);
      z += p[i];
    }
    for (int i = 0; i < a.length; i++) {
      p[i] /= z;
    }
    return p;
  }

  static double loss(double[] theta, double[][] xs, int[] labels) {
    double s = 0;
    for (int n = 0; n < xs.length; n++) {
      s -= Math.log(softmax(forward(theta, xs[n])[4])[labels[n]]);
    }
    return s / xs.length;
  }

  /** ∂loss/∂θ, laid out like θ. */
  static double[] gradient(double[] theta, double[][] xs, int[] labels) {
    double[][] dw = new double[PARAMS.length][];
    double[][] db = new double[PARAMS.length][];
    for (int i = 0; i < PARAMS.length; i++) {
      dw[i] = new double[PARAMS[i][0]];
      db[i] = new double[PARAMS[i][1]];
    }
    for (int n = 0; n < xs.length; n++) {
      double[][] h = forward(theta, xs[n]);
      double[] hc1 = h[0];
      double[] hp1 = h[1];
      double[] hc2 = h[2];
      double[] ha1 = h[3];
      double[] e = softmax(h[4]);
      e[labels[n]] -= 1;
      for (int i = 0; i < OUT; i++) {
        e[i] /= xs.length;
      }
      double[] dha1 = new double[A1];
      double[] dhp1 = new double[P1];
      denseBack(e, ha1, slice(theta, 3, 0), dha1, dw[3], db[3]);
      denseBack(e, hp1, slice(theta, 4, 0), dhp1, dw[4], db[4]);
      double[] ec2 = new double[hc2.length];
      ReferenceOps.avgBack(GA, dha1, ec2);
      for (int i = 0; i < ec2.length; i++) {
        ec2[i] *= 1 - hc2[i] * hc2[i];
      }
      double[] dhc1 = new double[hc1.length];
      ReferenceOps.convBack(G2, C2, hp1, slice(theta, 1, 0), ec2, dhp1, dw[1], db[1]);
      ReferenceOps.convBack(G3, C2, hc1, slice(theta, 2, 0), ec2, dhc1, dw[2], db[2]);
      int[] win = ReferenceOps.maxWinners(GP, hc1);
      for (int i = 0; i < P1; i++) {
        dhc1[win[i]] += dhp1[i];
      }
      for (int i = 0; i < dhc1.length; i++) {
        dhc1[i] *= 1 - hc1[i] * hc1[i];
      }
      ReferenceOps.convBack(G0, C1, xs[n], slice(theta, 0, 0), dhc1, null, dw[0], db[0]);
    }
    double[] g = new double[theta.length];
    int k = 0;
    for (int i = 0; i < PARAMS.length; i++) {
      System.arraycopy(dw[i], 0, g, k, dw[i].length);
      k += dw[i].length;
      System.arraycopy(db[i], 0, g, k, db[i].length);
      k += db[i].length;
    }
    return g;
  }

  private static void denseBack(double[] e, double[] x, double[] w, double[] dx, double[] dw,
      double[] db) {
    for (int o = 0; o < e.length; o++) {
      db[o] += e[o];
      for (int i = 0; i < x.length; i++) {
        dw[o * x.length + i] += e[o] * x[i];
        dx[i] += e[o] * w[o * x.length + i];
      }
    }
  }
}
