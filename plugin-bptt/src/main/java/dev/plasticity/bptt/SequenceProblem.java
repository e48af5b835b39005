package dev.plasticity.bptt;

import dev.plasticity.api.data.Dataset;
import dev.plasticity.api.math.Rng;

/**
 * A fixed problem for checking gradients, in double: an Elman cell with fixed θ, a fixed
 * readout and its loss (half squared error, or softmax cross-entropy for classification)
 * summed over the targets of one sequence of {@code steps} ticks for {@code rows} rows.
 * It drives a {@link Learner} directly, without a scheduler, and computes the loss by a
 * plain forward pass for finite differences. The gradient-equivalence scenario and the
 * exactness tests both run on it.
 */
final class SequenceProblem {
  final int n;
  final int d;
  final int rows;
  final int steps;
  final int outputs;
  final ElmanNet net;
  final Readout readout;
  final double[] xs;
  final double[] ys;
  final boolean[] hasTarget;
  /** Ticks before this one carry no loss (0: every target counts). */
  int lossFrom;
  private final double[] dy;
  private final double[] du;

  private SequenceProblem(int n, int d, int rows, int steps, int outputs, boolean classification) {
    this.n = n;
    this.d = d;
    this.rows = rows;
    this.steps = steps;
    this.outputs = outputs;
    net = new ElmanNet(n, d);
    readout = new Readout(n, outputs, classification);
    xs = new double[steps * rows * d];
    ys = new double[steps * rows * outputs];
    hasTarget = new boolean[steps];
    dy = new double[outputs];
    du = new double[n];
  }

  /**
   * Random θ (W_h ~ N(0, g²/n), the rest N(0, 1/d)), a random readout of two outputs,
   * Gaussian inputs and a Gaussian target at every tick.
   */
  static SequenceProblem random(int n, int d, int rows, int steps, long seed, double gain,
      boolean diagonal) {
    SequenceProblem p = new SequenceProblem(n, d, rows, steps, 2, false);
    Rng rng = new Rng(seed);
    ElmanNet net = p.net;
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
    for (int i = 0; i < p.readout.v.length; i++) {
      p.readout.v[i] = rng.nextGaussian() / Math.sqrt(n);
    }
    for (int i = 0; i < p.xs.length; i++) {
      p.xs[i] = rng.nextGaussian();
    }
    for (int i = 0; i < p.ys.length; i++) {
      p.ys[i] = rng.nextGaussian();
    }
    java.util.Arrays.fill(p.hasTarget, true);
    return p;
  }

  /**
   * One sequence of a task (the first window of a stream): θ as {@code cell} initialises
   * it, the readout N(0, 1/n), inputs and targets from the task's generator.
   */
  static SequenceProblem of(Task task, Cell cell, int rows, Dataset data, Rng rng) {
    int n = cell.hidden();
    int d = task.inputs();
    int c = task.outputs();
    int steps = task.length();
    SequenceProblem p = new SequenceProblem(n, d, rows, steps, c, task.classification());
    float[] wx = new float[n * d];
    float[] wh = new float[n * n];
    float[] b = new float[n];
    cell.init(wx, wh, b, d, rng);
    for (int i = 0; i < n; i++) {
      int r = i * p.net.m;
      for (int k = 0; k < d; k++) {
        p.net.w[r + k] = wx[i * d + k];
      }
      for (int l = 0; l < n; l++) {
        p.net.w[r + d + l] = wh[i * n + l];
      }
      p.net.w[r + d + n] = b[i];
    }
    for (int i = 0; i < p.readout.v.length; i++) {
      p.readout.v[i] = rng.nextGaussian() / Math.sqrt(n);
    }
    Task.Generator gen = task.generator(rows, rng, data, false);
    gen.begin();
    double[] y = new double[rows * c];
    for (int t = 0; t < steps; t++) {
      gen.input(t, p.xs, t * rows * d);
      p.hasTarget[t] = gen.target(t, y);
      if (p.hasTarget[t]) {
        System.arraycopy(y, 0, p.ys, t * rows * c, rows * c);
      }
    }
    return p;
  }

  /** A copy whose W_h keeps only its diagonal (where SnAp-1 is exact). */
  SequenceProblem diagonal() {
    SequenceProblem p = new SequenceProblem(n, d, rows, steps, outputs, readout.classification);
    System.arraycopy(net.w, 0, p.net.w, 0, net.w.length);
    for (int i = 0; i < n; i++) {
      for (int l = 0; l < n; l++) {
        if (l != i) {
          p.net.w[i * net.m + d + l] = 0;
        }
      }
    }
    System.arraycopy(readout.v, 0, p.readout.v, 0, readout.v.length);
    System.arraycopy(xs, 0, p.xs, 0, xs.length);
    System.arraycopy(ys, 0, p.ys, 0, ys.length);
    System.arraycopy(hasTarget, 0, p.hasTarget, 0, steps);
    p.lossFrom = lossFrom;
    return p;
  }

  Episode episode(int capacity) {
    return new Episode(net, rows, capacity);
  }

  private boolean scores(int t) {
    return t >= lossFrom && hasTarget[t];
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
      for (int b = 0; b < rows && scores(t); b++) {
        int ho = e.hOff(t, b);
        readout.row(e.hs, ho, ys, (t * rows + b) * outputs, 1, dy, 0, false);
        Readout.back(readout.v, outputs, n, dy, 0, du, 0);
        for (int i = 0; i < n; i++) {
          e.qs[ho + i] += du[i];
        }
      }
      l.credit(t);
      atTick.accept(t);
    }
  }

  /** L(θ) by a plain forward pass. */
  double loss(double[] theta) {
    return loss(theta, 0);
  }

  /**
   * L with θ acting only from tick {@code from} on: the ticks before it run on the
   * problem's own θ, so h_{from−1} is a constant. Its gradient is the hand-truncated one.
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
        if (scores(t)) {
          readout.row(h, 0, ys, (t * rows + b) * outputs, 1, dy, 0, false);
          total += readout.lastLoss;
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
}
