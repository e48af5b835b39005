package dev.plasticity.bptt;

import dev.plasticity.api.math.Rng;

/**
 * A fixed problem for the exactness tests, in double: an Elman cell with random θ, a
 * fixed linear readout V and loss L = Σ_t ½‖V h_t − y_t‖² over one sequence of T ticks
 * for {@code rows} rows. Drives a {@link Learner} directly, without a scheduler.
 */
final class Harness {
  final int n;
  final int d;
  final int rows;
  final int steps;
  final ElmanNet net;
  final double[] v;
  final double[] xs;
  final double[] ys;
  /** Ticks before this one carry no loss (0: a loss at every tick). */
  int lossFrom;

  Harness(int n, int d, int rows, int steps, long seed, double gain, boolean diagonal) {
    this.n = n;
    this.d = d;
    this.rows = rows;
    this.steps = steps;
    Rng rng = new Rng(seed);
    net = new ElmanNet(n, d);
    for (int i = 0; i < n; i++) {
      for (int k = 0; k < net.m; k++) {
        boolean rec = k >= d && k < d + n;
        double scale = rec ? gain / Math.sqrt(n) : 1 / Math.sqrt(d);
        double w = scale * rng.nextGaussian();
        if (rec && diagonal && k - d != i) {
          w = 0;
        }
        net.w[i * net.m + k] = w;
      }
    }
    v = new double[2 * n];
    for (int i = 0; i < v.length; i++) {
      v[i] = rng.nextGaussian() / Math.sqrt(n);
    }
    xs = new double[steps * rows * d];
    ys = new double[steps * rows * 2];
    for (int i = 0; i < xs.length; i++) {
      xs[i] = rng.nextGaussian();
    }
    for (int i = 0; i < ys.length; i++) {
      ys[i] = rng.nextGaussian();
    }
  }

  Episode episode(int capacity) {
    return new Episode(net, rows, capacity);
  }

  /** Runs the sequence: forward, q_t, learner; {@code atTick} runs after each tick's credit. */
  void drive(Episode e, Learner l, java.util.function.LongConsumer atTick) {
    e.begin(0);
    l.begin(0);
    java.util.Arrays.fill(e.grad, 0);
    for (int t = 0; t < steps; t++) {
      System.arraycopy(xs, t * rows * d, e.xs, e.xOff(t, 0), rows * d);
      e.forward(t);
      l.forward(t);
      for (int b = 0; b < rows && t >= lossFrom; b++) {
        int ho = e.hOff(t, b);
        for (int o = 0; o < 2; o++) {
          double y = 0;
          for (int i = 0; i < n; i++) {
            y += v[o * n + i] * e.hs[ho + i];
          }
          double err = y - ys[(t * rows + b) * 2 + o];
          for (int i = 0; i < n; i++) {
            e.qs[ho + i] += v[o * n + i] * err;
          }
        }
      }
      l.credit(t);
      atTick.accept(t);
    }
  }

  /** L(θ) by a plain forward pass, for finite differences. */
  double loss(double[] theta) {
    return loss(theta, 0);
  }

  /**
   * L with θ acting only from tick {@code from} on: the ticks before it run on the
   * harness's own θ, so h_{from−1} is a constant. Its gradient is the hand-truncated one.
   */
  double loss(double[] theta, int from) {
    double[] saved = net.w.clone();
    double total = 0;
    double[] h = new double[n];
    double[] next = new double[n];
    for (int b = 0; b < rows; b++) {
      java.util.Arrays.fill(h, 0);
      for (int t = 0; t < steps; t++) {
        System.arraycopy(t < from ? saved : theta, 0, net.w, 0, theta.length);
        net.forwardRow(xs, (t * rows + b) * d, h, 0, next, 0);
        System.arraycopy(next, 0, h, 0, n);
        for (int o = 0; o < 2 && t >= lossFrom; o++) {
          double y = 0;
          for (int i = 0; i < n; i++) {
            y += v[o * n + i] * h[i];
          }
          double err = y - ys[(t * rows + b) * 2 + o];
          total += 0.5 * err * err;
        }
      }
    }
    System.arraycopy(saved, 0, net.w, 0, saved.length);
    return total;
  }

  /** The exact gradient by full BPTT. */
  double[] bptt() {
    Episode e = episode(steps);
    Bptt.Sweeper s = new Bptt.Sweeper(e);
    drive(e, s, t -> {
      if (t == steps - 1) {
        s.sweep(t);
      }
    });
    return e.grad.clone();
  }

  static double cosine(double[] a, double[] b) {
    double ab = 0;
    double aa = 0;
    double bb = 0;
    for (int i = 0; i < a.length; i++) {
      ab += a[i] * b[i];
      aa += a[i] * a[i];
      bb += b[i] * b[i];
    }
    return ab / Math.sqrt(aa * bb);
  }
}
