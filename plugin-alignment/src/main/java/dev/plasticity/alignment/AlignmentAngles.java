package dev.plasticity.alignment;

import dev.plasticity.api.learn.BackwardSweep;
import dev.plasticity.api.learn.Parameter;
import dev.plasticity.api.learn.Parameters;
import dev.plasticity.api.math.Matrix;
import dev.plasticity.api.math.Ops;
import dev.plasticity.api.net.Network;
import dev.plasticity.api.net.Population;
import dev.plasticity.api.net.Projection;
import dev.plasticity.api.sim.Metric;
import dev.plasticity.api.sim.Phase;
import dev.plasticity.api.sim.SimContext;
import dev.plasticity.api.sim.Timeline;
import java.util.List;

/**
 * How well the feedback pathway aligns with the forward one, per projection, at every
 * evaluation, in degrees:
 *
 * <ul>
 *   <li>{@code weight-angle/<proj>}: ∠(vec W, vec B);
 *   <li>{@code projection-angle/<proj>}: ∠(x Wᵀ, x Bᵀ) on the epoch's last training batch x;
 *   <li>{@code gradient-angle/<proj>}: ∠(the rule's ∇W, backprop's ∇W) on that same batch;
 *   <li>{@code b-norm-ratio/<proj>}: ‖B‖ / ‖W‖ (a ratio, not an angle).
 * </ul>
 *
 * <p>B is the parameter {@code <proj>.B} that the rule registered; projections without
 * one (backprop, or the input layer of FA) have only a gradient angle, and projections
 * without weights (pooling) none. The projections x Wᵀ and x Bᵀ are the operator's forward
 * pass with W and with B (for a convolution, the convolutions of x with each). The gradient angle
 * is measured in FEEDBACK after the rule, on the epoch's last tick: the rule's gradients
 * and the hidden errors are copied aside, a backprop sweep runs through W, and everything
 * is put back before the optimizer applies the rule's gradients.
 */
public record AlignmentAngles() implements Metric {
  /** FEEDBACK order: after every credit rule (they use small orders). */
  static final int AFTER_RULES = 1 << 20;

  @Override
  public void install(SimContext ctx) {
    new Probe(ctx).install();
  }

  /** The metric's buffers (allocated once) and its two events. */
  private static final class Probe {
    private final SimContext ctx;
    private final Network net;
    private final List<Projection> projections;
    private final List<Population> populations;
    private final BackwardSweep sweep;
    private final Matrix[] savedW;
    private final Matrix[] savedB;
    private final boolean[] freshW;
    private final boolean[] freshB;
    private final Matrix[] savedErrors;
    private final double[] gradientAngle;
    private final double[] projectionAngle;
    private final Matrix[] pf;
    private final Matrix[] pb;
    private Matrix[] feedback;

    Probe(SimContext ctx) {
      this.ctx = ctx;
      this.net = ctx.network();
      this.projections = net.projections();
      this.populations = net.populations();
      this.sweep = new BackwardSweep(net);
      int n = projections.size();
      int cap = net.batchCapacity();
      savedW = new Matrix[n];
      savedB = new Matrix[n];
      freshW = new boolean[n];
      freshB = new boolean[n];
      gradientAngle = new double[n];
      projectionAngle = new double[n];
      pf = new Matrix[n];
      pb = new Matrix[n];
      for (int i = 0; i < n; i++) {
        Projection p = projections.get(i);
        if (!p.hasWeights()) {
          continue;
        }
        Matrix w = p.weights().value();
        savedW[i] = new Matrix(w.rows(), w.cols());
        savedB[i] = p.hasBias() ? new Matrix(1, p.bias().value().size()) : null;
        pf[i] = new Matrix(cap, p.target().size());
        pb[i] = new Matrix(cap, p.target().size());
      }
      savedErrors = new Matrix[populations.size()];
      for (int k = 0; k < savedErrors.length; k++) {
        savedErrors[k] = new Matrix(cap, populations.get(k).size());
      }
    }

    void install() {
      Timeline tl = ctx.timeline();
      ctx.scheduler().every(tl.firstEpochEnd(), tl.ticksPerEpoch(), Phase.FEEDBACK, AFTER_RULES,
          "alignment-angles probe", t -> probe());
      ctx.scheduler().every(tl.firstEpochEnd(), tl.ticksPerEpoch(), Phase.CONTROL, 50,
          "alignment-angles", t -> record());
    }

    /** B of each projection, looked up once the credit rule has registered it. */
    private Matrix[] feedback() {
      if (feedback == null) {
        Parameters params = ctx.parameters();
        feedback = new Matrix[projections.size()];
        for (int i = 0; i < feedback.length; i++) {
          Projection p = projections.get(i);
          String name = FeedbackWeights.nameOf(p);
          if (p.hasWeights() && params.contains(name) && params.get(name).value().sameShape(p.weights().value())) {
            feedback[i] = params.get(name).value();
          }
        }
      }
      return feedback;
    }

    private void probe() {
      Matrix[] b = feedback();
      int n = projections.size();
      for (int i = 0; i < n; i++) {
        Projection p = projections.get(i);
        if (!p.hasWeights()) {
          continue;
        }
        Matrix x = p.source().activity();
        if (b[i] != null) {
          pf[i].useRows(x.rows());
          pb[i].useRows(x.rows());
          p.operator().forward(x, p.weights().value(), pf[i], false);
          p.operator().forward(x, b[i], pb[i], false);
          projectionAngle[i] = Ops.angleDegrees(pf[i], pb[i]);
        }
        Parameter w = p.weights();
        freshW[i] = w.trainable() && w.hasFreshGradient();
        if (freshW[i]) {
          savedW[i].copyFrom(w.grad());
        }
        if (p.hasBias() && p.bias().trainable()) {
          freshB[i] = p.bias().hasFreshGradient();
          savedB[i].copyFrom(p.bias().grad());
        }
      }
      for (int k = 0; k < savedErrors.length; k++) {
        savedErrors[k].copyFrom(populations.get(k).error());
      }
      sweep.run(p -> p.weights().value());
      for (int i = 0; i < n; i++) {
        Projection p = projections.get(i);
        if (!p.hasWeights()) {
          continue;
        }
        Parameter w = p.weights();
        gradientAngle[i] = freshW[i] ? Ops.angleDegrees(savedW[i], w.grad()) : Double.NaN;
        if (w.trainable()) {
          w.grad().copyFrom(savedW[i]);
          restoreMark(w, freshW[i]);
        }
        if (p.hasBias() && p.bias().trainable()) {
          p.bias().grad().copyFrom(savedB[i]);
          restoreMark(p.bias(), freshB[i]);
        }
      }
      for (int k = 0; k < savedErrors.length; k++) {
        populations.get(k).error().copyFrom(savedErrors[k]);
      }
    }

    /** The backprop sweep marked every gradient; unmark those the rule had not written. */
    private static void restoreMark(Parameter p, boolean wasFresh) {
      if (!wasFresh && p.hasFreshGradient()) {
        long updates = p.updates();
        p.consumeGradient();
        p.setUpdates(updates);
      }
    }

    private void record() {
      Matrix[] b = feedback();
      for (int i = 0; i < projections.size(); i++) {
        Projection p = projections.get(i);
        String id = p.id();
        if (b[i] != null) {
          Matrix w = p.weights().value();
          ctx.recorder().record("weight-angle/" + id, Ops.angleDegrees(w, b[i]));
          ctx.recorder().record("projection-angle/" + id, projectionAngle[i]);
          ctx.recorder().record("b-norm-ratio/" + id, Ops.norm(b[i]) / Ops.norm(w));
        }
        if (p.hasWeights() && p.weights().trainable()) {
          ctx.recorder().record("gradient-angle/" + id, gradientAngle[i]);
        }
      }
    }
  }
}
