package dev.plasticity.bptt;

import dev.plasticity.api.math.Rng;

/**
 * A fixed problem for checking the gradient of an attention memory with feedback, in
 * double: an Elman cell, attention (dense or top-k) written every {@code every} ticks and
 * added to the state, a readout of [h'_t; r_t] with half squared error on a Gaussian target
 * at every tick. {@link #gradient} is the {@link FeedbackMemory} backward pass;
 * {@link #loss} is a plain forward pass in which the state entering each window is the
 * unperturbed one, so its gradient is the truncated one the backward pass claims
 * (the true gradient when the window spans the sequence).
 */
final class FeedbackProblem {
  final int n;
  final int rows;
  final int steps;
  final int every;
  final int window;
  final ElmanNet net;
  final AttentionWeights att;
  final Readout readout;
  private final int top;
  /** Whether the memory holds ĥ rather than h' (see {@link AttentionMemory.Stored}). */
  boolean storesCell;
  private final double[] xs;
  private final double[] ys;

  private FeedbackProblem(int n, int d, int a, int rows, int steps, int every, int top, int window) {
    this.n = n;
    this.rows = rows;
    this.steps = steps;
    this.every = every;
    this.top = top;
    this.window = window;
    net = new ElmanNet(n, d);
    att = new AttentionWeights(a, n);
    readout = new Readout(2 * n, 2, false);
    xs = new double[steps * rows * d];
    ys = new double[steps * rows * 2];
  }

  /** Every weight, input and target drawn from {@code seed}; W_h ~ N(0, g²/n). */
  static FeedbackProblem random(int n, int d, int a, int rows, int steps, int every, int top,
      int window, double gain, long seed) {
    FeedbackProblem p = new FeedbackProblem(n, d, a, rows, steps, every, top, window);
    Rng rng = new Rng(seed);
    for (int i = 0; i < n; i++) {
      for (int k = 0; k < p.net.m; k++) {
        boolean rec = k >= d && k < d + n;
        p.net.w[i * p.net.m + k] = (rec ? gain / Math.sqrt(n) : 1 / Math.sqrt(d)) * rng.nextGaussian();
      }
    }
    gaussian(p.att.wa, 1 / Math.sqrt(n), rng);
    gaussian(p.att.wc, 1 / Math.sqrt(n), rng);
    gaussian(p.att.v, 1, rng);
    gaussian(p.readout.v, 1 / Math.sqrt(n), rng);
    gaussian(p.readout.c, 1, rng);
    gaussian(p.xs, 1, rng);
    gaussian(p.ys, 1, rng);
    return p;
  }

  private static void gaussian(double[] w, double std, Rng rng) {
    for (int i = 0; i < w.length; i++) {
      w[i] = std * rng.nextGaussian();
    }
  }

  /** θ, A, C, v, V, c, one after the other. */
  double[] parameters() {
    double[][] parts = parts();
    int len = 0;
    for (double[] p : parts) {
      len += p.length;
    }
    double[] x = new double[len];
    int o = 0;
    for (double[] p : parts) {
      System.arraycopy(p, 0, x, o, p.length);
      o += p.length;
    }
    return x;
  }

  private double[][] parts() {
    return new double[][] {net.w, att.wa, att.wc, att.v, readout.v, readout.c};
  }

  private void set(double[] x) {
    int o = 0;
    for (double[] p : parts()) {
      System.arraycopy(x, o, p, 0, p.length);
      o += p.length;
    }
  }

  /** The gradient of {@link #loss} by the backward pass, laid out like {@link #parameters}. */
  double[] gradient() {
    java.util.Arrays.fill(att.ga, 0);
    java.util.Arrays.fill(att.gc, 0);
    java.util.Arrays.fill(att.gv, 0);
    java.util.Arrays.fill(readout.gv, 0);
    java.util.Arrays.fill(readout.gc, 0);
    Run run = new Run();
    run.forward(true, null);
    run.fb.backward(steps - 1, 0, window);
    double[][] grads = {run.e.grad, att.ga, att.gc, att.gv, readout.gv, readout.gc};
    double[] g = new double[parameters().length];
    int o = 0;
    for (double[] p : grads) {
      System.arraycopy(p, 0, g, o, p.length);
      o += p.length;
    }
    return g;
  }

  /**
   * L at parameters x, the state entering each window (but the first) held at its value
   * under the problem's own parameters.
   */
  double loss(double[] x) {
    double[] saved = parameters();
    Run base = new Run();
    base.forward(false, null);
    set(x);
    double l = new Run().forward(false, base.e);
    set(saved);
    return l;
  }

  /** One pass over the sequence. */
  private final class Run {
    final Episode e = new Episode(net, rows, steps);
    final Attention memory = new Attention(att, rows, (steps + every - 1) / every, top);
    final FeedbackMemory fb = new FeedbackMemory(e, memory, storesCell, every, true);

    /**
     * Returns the loss; with {@code learn}, leaves q and the readout's credit of r for
     * {@link FeedbackMemory#backward}. With {@code cut}, each window's entering state is
     * replaced by cut's.
     */
    double forward(boolean learn, Episode cut) {
      int d = net.d;
      double[] u = new double[2 * n];
      double[] dy = new double[2];
      double[] du = new double[2 * n];
      double total = 0;
      e.begin(0);
      java.util.Arrays.fill(e.grad, 0);
      for (int t = 0; t < steps; t++) {
        if (cut != null && t > 0 && t % window == 0) {
          int o = e.hOff(t - 1, 0);
          System.arraycopy(cut.hs, o, e.hs, o, rows * n);
        }
        System.arraycopy(xs, t * rows * d, e.xs, e.xOff(t, 0), rows * d);
        e.forward(t);
        fb.step(t);
        if (t % every == 0) {
          memory.write(t, fb.stored(), e.hOff(t, 0));
        }
        for (int b = 0; b < rows; b++) {
          int ho = e.hOff(t, b);
          System.arraycopy(e.hs, ho, u, 0, n);
          System.arraycopy(fb.reads, ho, u, n, n);
          readout.row(u, 0, ys, (t * rows + b) * 2, 1, dy, 0, learn);
          total += readout.lastLoss;
          if (learn) {
            Readout.back(readout.v, 2, 2 * n, dy, 0, du, 0);
            for (int i = 0; i < n; i++) {
              e.qs[ho + i] += du[i];
              fb.readCredit[ho + i] += du[n + i];
            }
          }
        }
      }
      return total;
    }
  }
}
