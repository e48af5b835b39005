package dev.plasticity.api.net;

/**
 * The operators written the plain way, in double, one sample at a time, straight from
 * their definitions (no unfolding, no BLAS): what the float operators are checked against.
 * Images are flat channel-major arrays; W of a convolution is out × in × k × k.
 */
final class ReferenceOps {
  private ReferenceOps() {}

  record Geometry(int c, int h, int w, int k, int stride, int pad) {
    int oh() {
      return (h + 2 * pad - k) / stride + 1;
    }

    int ow() {
      return (w + 2 * pad - k) / stride + 1;
    }

    int in() {
      return c * h * w;
    }
  }

  /** y[o, i, j] = b[o] + Σ_{c, u, v} w[o, c, u, v] x[c, i·s − p + u, j·s − p + v]. */
  static double[] conv(Geometry g, int out, double[] x, double[] w, double[] b) {
    double[] y = new double[out * g.oh() * g.ow()];
    for (int o = 0; o < out; o++) {
      for (int i = 0; i < g.oh(); i++) {
        for (int j = 0; j < g.ow(); j++) {
          double s = b == null ? 0 : b[o];
          for (int c = 0; c < g.c(); c++) {
            for (int u = 0; u < g.k(); u++) {
              for (int v = 0; v < g.k(); v++) {
                int yy = i * g.stride() - g.pad() + u;
                int xx = j * g.stride() - g.pad() + v;
                if (yy >= 0 && yy < g.h() && xx >= 0 && xx < g.w()) {
                  s += w[((o * g.c() + c) * g.k() + u) * g.k() + v] * x[(c * g.h() + yy) * g.w() + xx];
                }
              }
            }
          }
          y[(o * g.oh() + i) * g.ow() + j] = s;
        }
      }
    }
    return y;
  }

  /**
   * The adjoints of {@link #conv}: adds ∂/∂x (through m in place of w), ∂/∂w and ∂/∂b of
   * Σ dy ∘ y into dx, dw and db (any may be null).
   */
  static void convBack(Geometry g, int out, double[] x, double[] m, double[] dy, double[] dx,
      double[] dw, double[] db) {
    for (int o = 0; o < out; o++) {
      for (int i = 0; i < g.oh(); i++) {
        for (int j = 0; j < g.ow(); j++) {
          double e = dy[(o * g.oh() + i) * g.ow() + j];
          if (db != null) {
            db[o] += e;
          }
          for (int c = 0; c < g.c(); c++) {
            for (int u = 0; u < g.k(); u++) {
              for (int v = 0; v < g.k(); v++) {
                int yy = i * g.stride() - g.pad() + u;
                int xx = j * g.stride() - g.pad() + v;
                if (yy >= 0 && yy < g.h() && xx >= 0 && xx < g.w()) {
                  int wi = ((o * g.c() + c) * g.k() + u) * g.k() + v;
                  int xi = (c * g.h() + yy) * g.w() + xx;
                  if (dx != null) {
                    dx[xi] += e * m[wi];
                  }
                  if (dw != null) {
                    dw[wi] += e * x[xi];
                  }
                }
              }
            }
          }
        }
      }
    }
  }

  /** The input index that wins each window (first maximum), padding excluded. */
  static int[] maxWinners(Geometry g, double[] x) {
    int[] win = new int[g.c() * g.oh() * g.ow()];
    for (int c = 0; c < g.c(); c++) {
      for (int i = 0; i < g.oh(); i++) {
        for (int j = 0; j < g.ow(); j++) {
          int best = -1;
          for (int u = 0; u < g.k(); u++) {
            for (int v = 0; v < g.k(); v++) {
              int yy = i * g.stride() - g.pad() + u;
              int xx = j * g.stride() - g.pad() + v;
              if (yy >= 0 && yy < g.h() && xx >= 0 && xx < g.w()) {
                int xi = (c * g.h() + yy) * g.w() + xx;
                if (best < 0 || x[xi] > x[best]) {
                  best = xi;
                }
              }
            }
          }
          win[(c * g.oh() + i) * g.ow() + j] = best;
        }
      }
    }
    return win;
  }

  /** Mean over each window, divided by k·k (padding counts as zeros). */
  static double[] avg(Geometry g, double[] x) {
    double[] y = new double[g.c() * g.oh() * g.ow()];
    for (int c = 0; c < g.c(); c++) {
      for (int i = 0; i < g.oh(); i++) {
        for (int j = 0; j < g.ow(); j++) {
          double s = 0;
          for (int u = 0; u < g.k(); u++) {
            for (int v = 0; v < g.k(); v++) {
              int yy = i * g.stride() - g.pad() + u;
              int xx = j * g.stride() - g.pad() + v;
              if (yy >= 0 && yy < g.h() && xx >= 0 && xx < g.w()) {
                s += x[(c * g.h() + yy) * g.w() + xx];
              }
            }
          }
          y[(c * g.oh() + i) * g.ow() + j] = s / (g.k() * g.k());
        }
      }
    }
    return y;
  }

  static void avgBack(Geometry g, double[] dy, double[] dx) {
    for (int c = 0; c < g.c(); c++) {
      for (int i = 0; i < g.oh(); i++) {
        for (int j = 0; j < g.ow(); j++) {
          double e = dy[(c * g.oh() + i) * g.ow() + j] / (g.k() * g.k());
          for (int u = 0; u < g.k(); u++) {
            for (int v = 0; v < g.k(); v++) {
              int yy = i * g.stride() - g.pad() + u;
              int xx = j * g.stride() - g.pad() + v;
              if (yy >= 0 && yy < g.h() && xx >= 0 && xx < g.w()) {
                dx[(c * g.h() + yy) * g.w() + xx] += e;
              }
            }
          }
        }
      }
    }
  }
}
