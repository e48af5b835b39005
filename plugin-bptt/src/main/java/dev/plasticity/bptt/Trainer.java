package dev.plasticity.bptt;

import dev.plasticity.api.learn.Optimizer;
import dev.plasticity.api.learn.Parameter;
import dev.plasticity.api.math.Rng;
import dev.plasticity.api.sim.Phase;
import dev.plasticity.api.sim.Scheduler;
import dev.plasticity.api.sim.SimContext;
import dev.plasticity.api.sim.StateMap;
import dev.plasticity.api.sim.Stateful;

/**
 * The events of a {@link Temporal} run. Per tick: INPUT presents x_t (and starts a new
 * batch of sequences), FORWARD steps the cell and lets the algorithm update its traces,
 * memory writes follow at FORWARD order 1, LOSS computes the readout's loss and q_t where
 * the task has a target, FEEDBACK lets online algorithms accumulate (sweeps are the
 * algorithm's own events at order 1), PLASTICITY applies the update, CONTROL evaluates.
 */
final class Trainer implements Stateful {
  private final Temporal cfg;
  private final SimContext ctx;
  private final Task task;
  private final int length;
  private final int rows;
  private final ElmanNet net;
  private final Readout readout;
  private final Parameter wx;
  private final Parameter wh;
  private final Parameter bias;
  private final Parameter vy;
  private final Parameter cy;
  private final Parameter[] attParams;
  private final AttentionWeights attW;
  /** Feedback weights of e-prop's random variant (laid out like V), else V itself. */
  private final double[] feedback;
  private final Parameter feedbackParam;
  private final Optimizer optimizer;
  /** The parameters this trainer updates, in registration order. */
  private final Parameter[] trained;
  private final Run train;
  /** Gradient norms since the last evaluation, when the scenario records them; else null. */
  private final GradientNorms norms;
  private final Learner learner;
  private Run eval;

  /** An episode with its generator, memory and scratch: training and evaluation each own one. */
  private final class Run {
    final Episode ep;
    final Task.Generator gen;
    final Attention att;
    /** The read fed back into the recurrence (memory with feedback), else null. */
    final FeedbackMemory fb;
    final double[] y;
    final double[] dy;
    final double[] u;
    final double[] du;
    final Tally tally = new Tally();
    /** Accuracy at each scored offset (evaluation with {@code positions}), else null. */
    final Tally[] positions;
    /**
     * Σ over rows of the attention weight that the read at each scored offset puts on the
     * memory written at the task's source tick for it (evaluation with {@code positions}
     * and a memory), else null.
     */
    final double[] onSource;
    final double[] scratch;

    Run(int capacity, Rng rng, boolean evaluation) {
      ep = new Episode(net, rows, capacity);
      gen = task.generator(rows, rng,
          evaluation ? ctx.data().test() : ctx.data().train(), evaluation);
      att = attW == null ? null
          : new Attention(attW, rows, (length + cfg.memory().every() - 1) / cfg.memory().every(),
              cfg.memory().top(), cfg.memory().scoreCreditToStates());
      fb = att != null && cfg.memory().feedback()
          ? new FeedbackMemory(ep, att, cfg.memory().storesCell(), cfg.memory().every(), !evaluation)
          : null;
      y = new double[rows * task.outputs()];
      dy = new double[rows * task.outputs()];
      u = new double[readout.in];
      du = new double[readout.in];
      positions = evaluation && cfg.positions() ? new Tally[length] : null;
      onSource = positions != null && att != null ? new double[length] : null;
      scratch = new double[net.n];
      if (positions != null) {
        for (int off = 0; off < length; off++) {
          positions[off] = task.scored(off) ? new Tally() : null;
        }
      }
    }
  }

  Trainer(Temporal cfg, SimContext ctx) {
    this.cfg = cfg;
    this.ctx = ctx;
    this.task = cfg.task();
    this.length = task.length();
    this.rows = cfg.batchSize();
    int n = cfg.cell().hidden();
    int d = task.inputs();
    int c = task.outputs();
    this.net = new ElmanNet(n, d);
    var params = ctx.parameters();
    wx = params.add(new Parameter("rnn.Wx", n, d, true));
    wh = params.add(new Parameter("rnn.Wh", n, n, true));
    bias = params.add(new Parameter("rnn.b", 1, n, true));
    Rng init = ctx.rng("temporal.init");
    cfg.cell().init(wx.value().data(), wh.value().data(), bias.value().data(), d, init);
    int in = cfg.memory() == null ? n : 2 * n;
    readout = new Readout(in, c, task.classification());
    vy = params.add(new Parameter("readout.W", c, in, true));
    cy = params.add(new Parameter("readout.b", 1, c, true));
    gaussian(vy.value().data(), 1 / Math.sqrt(in), init);
    if (cfg.memory() != null) {
      int a = cfg.memory().attention();
      attW = new AttentionWeights(a, n);
      attParams = new Parameter[] {
          params.add(new Parameter("attention.A", a, n, true)),
          params.add(new Parameter("attention.C", a, n, true)),
          params.add(new Parameter("attention.v", 1, a, true))};
      gaussian(attParams[0].value().data(), 1 / Math.sqrt(n), init);
      gaussian(attParams[1].value().data(), 1 / Math.sqrt(n), init);
      gaussian(attParams[2].value().data(), 1 / Math.sqrt(a), init);
    } else {
      attW = null;
      attParams = new Parameter[0];
    }
    if (cfg.credit() instanceof Eprop ep && ep.feedback() == Eprop.Feedback.random) {
      feedbackParam = params.add(new Parameter("eprop.B", c, in, false));
      gaussian(feedbackParam.value().data(), 1 / Math.sqrt(in), init);
      feedback = new double[c * in];
    } else {
      feedbackParam = null;
      feedback = readout.v;
    }
    optimizer = cfg.optimizer();
    java.util.List<Parameter> mine = new java.util.ArrayList<>(java.util.List.of(wx, wh, bias, vy, cy));
    mine.addAll(java.util.List.of(attParams));
    trained = mine.toArray(new Parameter[0]);
    train = new Run(cfg.credit().history(length, task.stream()), ctx.rng("temporal.task"), false);
    norms = cfg.gradientNorms() ? new GradientNorms(trained.length) : null;
    // With feedback the memory's own backward pass carries all credit (see FeedbackMemory).
    learner = train.fb != null ? new Learner(train.ep) {}
        : cfg.credit().install(ctx, train.ep, length, task.stream(), ctx.rng("temporal.credit"));
    load();
  }

  private static void gaussian(float[] w, double std, Rng rng) {
    for (int i = 0; i < w.length; i++) {
      w[i] = (float) (std * rng.nextGaussian());
    }
  }

  void install() {
    Scheduler s = ctx.scheduler();
    s.every(0, 1, Phase.INPUT, 0, "present step", this::input);
    s.every(0, 1, Phase.FORWARD, 0, "cell step", this::forward);
    if (cfg.memory() != null) {
      for (int off = 0; off < length; off += cfg.memory().every()) {
        s.every(off, length, Phase.FORWARD, 1, "memory write",
            t -> train.att.write(t, train.fb == null ? train.ep.hs : train.fb.stored(),
                train.ep.hOff(t, 0)));
      }
    }
    s.every(0, 1, Phase.LOSS, 0, "readout loss", this::loss);
    s.every(0, 1, Phase.FEEDBACK, 0, "online credit", learner::credit);
    if (train.fb != null) {
      int window = FeedbackMemory.window(cfg.credit(), length);
      s.every(length - 1L, length, Phase.FEEDBACK, 1, "feedback sweep",
          t -> train.fb.backward(t, train.ep.start, window));
    }
    int period = task.stream() ? learner.updatePeriod() : length;
    s.every(period - 1L, period, Phase.PLASTICITY, 0, "update", t -> update());
    long epoch = (long) Math.min(cfg.evalEvery(), cfg.sequences()) * length;
    s.every(epoch - 1, epoch, Phase.CONTROL, 0, "evaluate", this::evaluate);
    ctx.keepState("temporal", this);
  }

  private void input(long t) {
    int off = (int) (t % length);
    if (task.stream() ? t == 0 : off == 0) {
      train.gen.begin();
      train.ep.begin(t);
      learner.begin(t);
      if (train.att != null) {
        train.att.clear();
      }
    }
    train.gen.input(off, train.ep.xs, train.ep.xOff(t, 0));
  }

  private void forward(long t) {
    train.ep.forward(t);
    if (train.fb != null) {
      train.fb.step(t);
    }
    learner.forward(t);
  }

  private void loss(long t) {
    step(train, t, true);
    if (train.att != null && train.fb == null && t % length == length - 1) {
      injectAttentionCredit(t);
    }
  }

  /**
   * The readout at tick t for every row of a run: loss, statistics and, when learning,
   * gradients of readout and attention and q_t. Returns whether the tick had a target.
   */
  private boolean step(Run r, long t, boolean learn) {
    int off = (int) (t % length);
    if (!r.gen.target(off, r.y)) {
      return false;
    }
    Episode e = r.ep;
    int n = net.n;
    int c = task.outputs();
    boolean score = task.scored(off);
    for (int b = 0; b < rows; b++) {
      int ho = e.hOff(t, b);
      System.arraycopy(e.hs, ho, r.u, 0, n);
      if (r.fb != null) {
        System.arraycopy(r.fb.reads, ho, r.u, n, n);
      } else if (r.att != null) {
        r.att.read(b, e.hs, ho, r.u, n);
      }
      readout.row(r.u, 0, r.y, b * c, 1.0 / rows, r.dy, b * c, learn);
      r.tally.add(readout, score);
      if (r.positions != null && score) {
        r.positions[off].add(readout, true);
        if (r.onSource != null) {
          r.onSource[off] += weightOnSource(r, t, off, b);
        }
      }
      if (learn) {
        Readout.back(feedback, c, readout.in, r.dy, b * c, r.du, 0);
        for (int i = 0; i < n; i++) {
          e.qs[ho + i] += r.du[i];
        }
        if (r.fb != null) {
          for (int i = 0; i < n; i++) {
            r.fb.readCredit[ho + i] += r.du[n + i];
          }
        } else if (r.att != null) {
          r.att.backward(b, e.hs, ho, r.du, n, e.qs, ho);
        }
      }
    }
    return true;
  }

  /**
   * At the last tick of a training sequence, after its last read: hands the algorithm the
   * attention's credit for every stored state, summed over the sequence's reads (the sweeps
   * that carry it run later, at FEEDBACK).
   */
  private void injectAttentionCredit(long t) {
    Attention att = train.att;
    att.finish();
    for (int j = 0; j < att.count(); j++) {
      learner.injectPast(t, att.writtenAt(j), att.dmem, att.dmemOffset(j));
    }
  }

  private void update() {
    net.storeGradient(train.ep.grad, wx, wh, bias);
    if (cfg.cell() instanceof Elman el && el.diagonal()) {
      float[] g = wh.grad().data();
      for (int i = 0; i < net.n; i++) {
        for (int l = 0; l < net.n; l++) {
          if (i != l) {
            g[i * net.n + l] = 0;
          }
        }
      }
    }
    toFloat(readout.gv, vy.grad().data());
    toFloat(readout.gc, cy.grad().data());
    if (attW != null) {
      toFloat(attW.ga, attParams[0].grad().data());
      toFloat(attW.gc, attParams[1].grad().data());
      toFloat(attW.gv, attParams[2].grad().data());
    }
    clip();
    for (Parameter p : trained) {
      p.markGradient();
      optimizer.update(p);
    }
    java.util.Arrays.fill(train.ep.grad, 0);
    java.util.Arrays.fill(readout.gv, 0);
    java.util.Arrays.fill(readout.gc, 0);
    if (attW != null) {
      java.util.Arrays.fill(attW.ga, 0);
      java.util.Arrays.fill(attW.gc, 0);
      java.util.Arrays.fill(attW.gv, 0);
    }
    load();
  }

  /**
   * Global-norm clipping: one factor for every trained parameter, so the direction is kept.
   * The norm before clipping goes to {@link #norms} when the scenario asks for it.
   */
  private void clip() {
    if (cfg.clip() <= 0 && norms == null) {
      return;
    }
    double sq = 0;
    for (int k = 0; k < trained.length; k++) {
      double own = 0; // beside sq, whose order of summation the clipped runs depend on
      for (float g : trained[k].grad().data()) {
        sq += (double) g * g;
        own += (double) g * g;
      }
      if (norms != null) {
        norms.addPart(k, Math.sqrt(own));
      }
    }
    double norm = Math.sqrt(sq);
    boolean cut = cfg.clip() > 0 && norm > cfg.clip();
    if (norms != null) {
      norms.add(norm, cut);
    }
    if (cut) {
      float f = (float) (cfg.clip() / norm);
      for (Parameter p : trained) {
        float[] g = p.grad().data();
        for (int i = 0; i < g.length; i++) {
          g[i] *= f;
        }
      }
    }
  }

  private static void toFloat(double[] src, float[] dst) {
    for (int i = 0; i < src.length; i++) {
      dst[i] = (float) src[i];
    }
  }

  private static void toDouble(float[] src, double[] dst) {
    for (int i = 0; i < dst.length; i++) {
      dst[i] = src[i];
    }
  }

  /** Copies the float parameters into the double working copies (after an update or a restore). */
  void load() {
    net.load(wx, wh, bias);
    toDouble(vy.value().data(), readout.v);
    toDouble(cy.value().data(), readout.c);
    if (attW != null) {
      toDouble(attParams[0].value().data(), attW.wa);
      toDouble(attParams[1].value().data(), attW.wc);
      toDouble(attParams[2].value().data(), attW.v);
    }
    if (feedbackParam != null) {
      toDouble(feedbackParam.value().data(), feedback);
    }
  }

  private void evaluate(long t) {
    record("train", train.tally);
    if (norms != null) {
      ctx.recorder().record("train-grad-norm", norms.mean());
      ctx.recorder().record("train-grad-norm-max", norms.max());
      for (int k = 0; k < trained.length; k++) {
        ctx.recorder().record("train-grad-norm-max/" + trained[k].name(), norms.partMax(k));
      }
      if (cfg.clip() > 0) {
        ctx.recorder().record("train-clipped", norms.clippedShare());
      }
      norms.clear();
    }
    if (!task.stream()) {
      evaluateFresh();
      record("eval", eval.tally);
      if (eval.positions != null) {
        recordPositions(eval);
      }
    }
  }

  private void record(String prefix, Tally tally) {
    var rec = ctx.recorder();
    rec.record(prefix + "-loss", tally.meanLoss());
    if (task.classification()) {
      rec.record(prefix + "-accuracy", tally.accuracy());
    } else {
      rec.record(prefix + "-mse", tally.mse(task.outputs()));
    }
    tally.clear();
  }

  /**
   * The weight of the read of row b at tick t on the memory written at the task's source
   * tick for offset off (0 when there is none, or it was not written).
   */
  private double weightOnSource(Run r, long t, int off, int b) {
    int source = task.source(off);
    int every = cfg.memory().every();
    if (source < 0 || source % every != 0) {
      return 0;
    }
    if (r.fb != null) {
      // The feedback read ran before this tick's write: redo it over the memories it saw.
      int limit = r.att.count();
      while (limit > 0 && r.att.writtenAt(limit - 1) >= t) {
        limit--;
      }
      r.att.read(b, r.fb.cells, r.ep.hOff(t, b), r.scratch, 0, limit);
    }
    return r.att.weight(source / every);
  }

  /**
   * eval-accuracy/position=k for the k-th scored offset (0-based) and, with a memory,
   * eval-attention-on-source/position=k; then clears them.
   */
  private void recordPositions(Run r) {
    int k = 0;
    for (int off = 0; off < length; off++) {
      Tally p = r.positions[off];
      if (p == null) {
        continue;
      }
      ctx.recorder().record("eval-accuracy/position=" + k, p.accuracy());
      if (r.onSource != null) {
        ctx.recorder().record("eval-attention-on-source/position=" + k, r.onSource[off] / p.scored);
        r.onSource[off] = 0;
      }
      p.clear();
      k++;
    }
  }

  /** Runs {@code evalSequences} fresh sequences (test images, in order) forward only. */
  private void evaluateFresh() {
    if (eval == null) {
      eval = new Run(length, ctx.rng("temporal.eval"), true);
    }
    int every = cfg.memory() == null ? Integer.MAX_VALUE : cfg.memory().every();
    int batches = (cfg.evalSequences() + rows - 1) / rows;
    for (int k = 0; k < batches; k++) {
      eval.gen.begin();
      eval.ep.begin(0);
      if (eval.att != null) {
        eval.att.clear();
      }
      for (int s = 0; s < length; s++) {
        eval.gen.input(s, eval.ep.xs, eval.ep.xOff(s, 0));
        eval.ep.forward(s);
        if (eval.fb != null) {
          eval.fb.step(s);
        }
        if (eval.att != null && s % every == 0) {
          eval.att.write(s, eval.fb == null ? eval.ep.hs : eval.fb.stored(), eval.ep.hOff(s, 0));
        }
        step(eval, s, false);
      }
    }
  }

  @Override
  public void saveState(StateMap out) {
    Episode e = train.ep;
    out.putDoubles("xs", e.xs);
    out.putDoubles("hs", e.hs);
    out.putDoubles("qs", e.qs);
    // Gradients accumulated since the last update (tbptt on a stream updates every k1).
    out.putDoubles("grad", e.grad);
    out.putDoubles("readout.gv", readout.gv);
    out.putDoubles("readout.gc", readout.gc);
    out.putDoubles("h0", e.h0);
    out.putLongs("start", new long[] {e.start});
    double[][] tr = learner.traces();
    for (int i = 0; i < tr.length; i++) {
      out.putDoubles("trace" + i, tr[i]);
    }
    out.putDoubles("task", train.gen.state());
    // A checkpoint may fall within a sequence (a stop after any tick): the epoch's training
    // totals and the memory so far.
    out.putDoubles("tally", train.tally.state());
    if (norms != null) {
      out.putDoubles("gradientNorms", norms.state());
    }
    if (train.att != null) {
      train.att.saveState(out);
    }
    if (train.fb != null) {
      train.fb.saveState(out);
    }
  }

  @Override
  public void restoreState(StateMap in) {
    Episode e = train.ep;
    System.arraycopy(in.doubles("xs"), 0, e.xs, 0, e.xs.length);
    System.arraycopy(in.doubles("hs"), 0, e.hs, 0, e.hs.length);
    System.arraycopy(in.doubles("qs"), 0, e.qs, 0, e.qs.length);
    System.arraycopy(in.doubles("grad"), 0, e.grad, 0, e.grad.length);
    System.arraycopy(in.doubles("readout.gv"), 0, readout.gv, 0, readout.gv.length);
    System.arraycopy(in.doubles("readout.gc"), 0, readout.gc, 0, readout.gc.length);
    System.arraycopy(in.doubles("h0"), 0, e.h0, 0, e.h0.length);
    e.start = in.longs("start")[0];
    double[][] tr = learner.traces();
    for (int i = 0; i < tr.length; i++) {
      System.arraycopy(in.doubles("trace" + i), 0, tr[i], 0, tr[i].length);
    }
    train.gen.restore(in.doubles("task"));
    load();
    if (in.has("tally")) { // kept since checkpoints may fall within an epoch
      train.tally.restore(in.doubles("tally"));
    }
    if (norms != null && in.has("gradientNorms")) {
      norms.restore(in.doubles("gradientNorms"));
    }
    if (train.att != null) {
      train.att.restoreState(in);
    }
    if (train.fb != null) {
      train.fb.restoreState(in);
    }
  }
}
