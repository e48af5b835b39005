package dev.plasticity.alignment;

import dev.plasticity.api.learn.Initializers;
import dev.plasticity.api.learn.Optimizer;
import dev.plasticity.api.learn.Parameter;
import dev.plasticity.api.learn.Parameters;
import dev.plasticity.api.learn.SoftmaxCrossEntropy;
import dev.plasticity.api.math.Linalg;
import dev.plasticity.api.math.Matrix;
import dev.plasticity.api.math.Ops;
import dev.plasticity.api.math.Rng;
import dev.plasticity.api.net.Activations;
import dev.plasticity.api.net.Population;

/**
 * One hidden block of a locally trained network (Linear → f → dropout): its read-out
 * heads U (pred) and V (sim), its dropout, and the local error it writes into the
 * population, δ = ∂L_local/∂a. Nothing flows to the block below: its input is detached.
 */
final class LocalBlock {
  private static final SoftmaxCrossEntropy CE = new SoftmaxCrossEntropy();

  private final Population pop;
  private final float predWeight;
  private final float simWeight;
  private final boolean bio;
  private final float dropout;
  private final Rng rng;
  /** h before dropout, what the local loss sees and f' is taken at. */
  private final Matrix h;
  private final Matrix mask;
  private final Population head;
  private final Parameter u;
  private final Parameter ub;
  private final Matrix uFeedback;
  private final Parameter v;
  private final Matrix r;
  private final Matrix dr;
  private final Matrix dh;
  private final Matrix labelCode;
  private final Matrix labelProjection;
  private final SimilarityLoss.SquareViews target;
  private final Matrix bioCode;
  private final SimilarityLoss sim;
  private final SimilarityLoss targetSim;
  private double lastLoss;

  LocalBlock(Population pop, int classes, int capacity, float predWeight, float simWeight, boolean bio,
      double dropout, int bioDim, Parameters params, Optimizer optimizer, Rng rng) {
    this.pop = pop;
    this.predWeight = predWeight;
    this.simWeight = simWeight;
    this.bio = bio;
    this.dropout = (float) dropout;
    this.rng = rng;
    int n = pop.size();
    h = new Matrix(capacity, n);
    mask = new Matrix(capacity, n);
    dh = new Matrix(capacity, n);
    if (predWeight > 0) {
      head = new Population(pop.id() + ".head", classes, new Activations.Identity());
      head.allocate(capacity);
      u = params.add(new Parameter(pop.id() + ".U", classes, n, true)).withOptimizer(optimizer);
      ub = params.add(new Parameter(pop.id() + ".U.b", 1, classes, true)).withOptimizer(optimizer);
      // bio: the read-out's error reaches h through a fixed random matrix, not Uᵀ
      uFeedback = bio ? params.add(new Parameter(pop.id() + ".U.B", classes, n, false)).value() : u.value();
      if (bio) {
        new Initializers.XavierUniform(1).init(uFeedback, rng);
      }
    } else {
      head = null;
      u = null;
      ub = null;
      uFeedback = null;
    }
    if (simWeight > 0) {
      v = bio ? null : params.add(new Parameter(pop.id() + ".V", n, n, true)).withOptimizer(optimizer);
      if (v != null) {
        new Initializers.XavierUniform(1).init(v.value(), rng);
      }
      r = bio ? null : new Matrix(capacity, n);
      dr = new Matrix(capacity, n);
      labelCode = new Matrix(capacity, classes);
      Matrix p = bio ? params.add(new Parameter(pop.id() + ".P", classes, bioDim, false)).value() : null;
      if (p != null) {
        new Initializers.Normal(1).init(p, rng);
      }
      labelProjection = p;
      bioCode = bio ? new Matrix(capacity, bioDim) : null;
      target = new SimilarityLoss.SquareViews(capacity);
      sim = new SimilarityLoss(capacity, n);
      targetSim = new SimilarityLoss(capacity, bio ? bioDim : classes);
    } else {
      v = null;
      r = null;
      dr = null;
      labelCode = null;
      labelProjection = null;
      target = null;
      bioCode = null;
      sim = null;
      targetSim = null;
    }
  }

  Population population() {
    return pop;
  }

  /** FORWARD, right after the block's activation: keeps h, then applies inverted dropout. */
  void afterActivation() {
    Matrix act = pop.activity();
    h.copyFrom(act);
    if (dropout > 0) {
      mask.useRows(act.rows());
      float[] m = mask.data();
      float keep = 1f / (1f - dropout);
      for (int i = 0, n = mask.size(); i < n; i++) {
        m[i] = rng.nextFloat() < dropout ? 0f : keep;
      }
      Ops.hadamard(mask, act);
    }
  }

  /** FEEDBACK: the local loss on h; writes δ into the population and the heads' gradients. */
  void feedback(int[] labels) {
    int n = h.rows();
    dh.useRows(n);
    dh.fill(0f);
    double loss = 0;
    if (predWeight > 0) {
      head.useRows(n);
      Matrix z = head.pre();
      Linalg.gemm(false, true, 1f, h, u.value(), 0f, z);
      Ops.addRowVector(ub.value(), z);
      loss += predWeight * CE.evaluate(head, labels);
      Matrix dz = head.error();
      Ops.scale(predWeight, dz);
      Linalg.gemm(true, false, 1f, dz, h, 0f, u.grad());
      Ops.sumRows(dz, 0f, ub.grad());
      u.markGradient();
      ub.markGradient();
      Linalg.gemm(false, false, 1f, dz, uFeedback, 1f, dh);
    }
    if (simWeight > 0) {
      labelCode.useRows(n);
      labelCode.fill(0f);
      for (int i = 0; i < n; i++) {
        labelCode.set(i, labels[i], 1f);
      }
      Matrix code = labelCode;
      if (bio) {
        // the target is the similarity of a fixed random projection of the labels
        code = projectLabels(n);
      }
      Matrix t = target.of(n);
      targetSim.similarity(code, t);
      Matrix rep = bio ? h : r;
      if (!bio) {
        r.useRows(n);
        Linalg.gemm(false, true, 1f, h, v.value(), 0f, r);
      }
      loss += simWeight * sim.evaluate(rep, t, simWeight, dr);
      if (bio) {
        Ops.axpy(1f, dr, dh);
      } else {
        Linalg.gemm(true, false, 1f, dr, h, 0f, v.grad());
        v.markGradient();
        Linalg.gemm(false, false, 1f, dr, v.value(), 1f, dh);
      }
    }
    lastLoss = loss;
    Matrix err = pop.error();
    err.copyFrom(dh);
    pop.activation().backprop(pop.pre(), h, err);
  }

  private Matrix projectLabels(int n) {
    bioCode.useRows(n);
    Linalg.gemm(false, false, 1f, labelCode, labelProjection, 0f, bioCode);
    return bioCode;
  }

  /** The block's local loss on the last batch. */
  double lastLoss() {
    return lastLoss;
  }
}
