package dev.plasticity.alignment;

import dev.plasticity.api.learn.BackwardSweep;
import dev.plasticity.api.learn.Loss;
import dev.plasticity.api.learn.Parameter;
import dev.plasticity.api.math.Linalg;
import dev.plasticity.api.math.Matrix;
import dev.plasticity.api.math.Ops;
import dev.plasticity.api.net.Network;
import dev.plasticity.api.net.Population;
import dev.plasticity.api.net.Projection;
import dev.plasticity.api.sim.Phase;
import dev.plasticity.api.sim.SimContext;
import java.util.List;
import java.util.function.Function;

/**
 * Local representation alignment (Ororbia et al. 2018), shared by {@code lra-fdbk} and
 * {@code lra-diff}. Going down from the output, layer by layer: the error δ_t of a layer
 * moves the representation below it to a target y_s = h_s − β·e_t M (e_t the per-sample
 * error, n·δ_t for a batch mean δ_t; M a fixed random E
 * for LRA-fdbk, W for LRA-diff), refined K times by sending the moved representation
 * forward again and taking the error it makes; the layer below then gets the error of the
 * Cauchy loss between its activity and that target, δ_s = ∂L(h_s, y_s)/∂a_s. Every
 * weight update is the local gradient δ_tᵀ h_s rescaled to a norm of at most c1.
 */
final class Lra {
  private final Network net;
  private final Loss loss;
  private final int[] labels;
  private final Function<Projection, Matrix> feedback;
  private final float c1;
  private final int k;
  private final float beta;
  private final List<Projection> projections;
  /** Per population (by projection target): the target y and the Cauchy error scratch. */
  private final Matrix[] targets;
  private final Matrix[] moved;
  private final Population[] probes;

  Lra(SimContext ctx, Function<Projection, Matrix> feedback, double c1, int k, double beta) {
    this.net = ctx.network();
    DenseOnly.require(net, "lra");
    this.loss = ctx.loss();
    this.labels = ctx.batch().labels();
    this.feedback = feedback;
    this.c1 = (float) c1;
    this.k = k;
    this.beta = (float) beta;
    this.projections = net.projections();
    int n = projections.size();
    int cap = net.batchCapacity();
    targets = new Matrix[n];
    moved = new Matrix[n];
    probes = new Population[n];
    for (int i = 0; i < n; i++) {
      Projection p = projections.get(i);
      if (net.outOf(p.source()).size() > 1 || net.into(p.target()).size() > 1) {
        throw new IllegalArgumentException("LRA needs a chain of layers; " + p.id() + " branches");
      }
      targets[i] = new Matrix(cap, p.target().size());
      moved[i] = new Matrix(cap, p.source().size());
      // a scratch copy of the target population, to send a moved representation forward
      probes[i] = new Population(p.target().id() + ".lra", p.target().size(), p.target().activation());
      probes[i].allocate(cap);
    }
  }

  void install(SimContext ctx, String name) {
    ctx.scheduler().every(0, 1, Phase.FEEDBACK, 0, name, t -> step());
  }

  private void step() {
    for (int i = projections.size() - 1; i >= 0; i--) {
      Projection p = projections.get(i);
      Population s = p.source();
      BackwardSweep.gradients(p);
      clip(p.weights());
      if (p.hasBias()) {
        clip(p.bias());
      }
      if (s == net.input()) {
        continue;
      }
      Matrix y = moved[i];
      y.copyFrom(s.activity());
      Matrix delta = p.target().error();
      for (int it = 0; it < k; it++) {
        if (it > 0) {
          delta = errorAt(i, y);
        }
        // δ is a batch mean (divided by n); the target moves by each sample's own error
        Linalg.gemm(false, false, -beta * y.rows(), delta, feedback.apply(p), 1f, y);
      }
      targets[i - 1].copyFrom(y); // in a chain, projection i − 1 feeds s
      Matrix e = s.error();
      CauchyLoss.evaluate(s.activity(), y, 1f / s.activity().rows(), e);
      s.activation().backprop(s.pre(), s.activity(), e);
    }
  }

  /** The error projection i's target makes when its source holds y instead of h. */
  private Matrix errorAt(int i, Matrix y) {
    Projection p = projections.get(i);
    Population probe = probes[i];
    probe.useRows(y.rows());
    Linalg.gemm(false, true, 1f, y, p.weights().value(), 0f, probe.pre());
    if (p.hasBias()) {
      Ops.addRowVector(p.bias().value(), probe.pre());
    }
    probe.activation().apply(probe.pre(), probe.activity());
    if (p.target() == net.output()) {
      loss.evaluate(probe, labels);
    } else {
      CauchyLoss.evaluate(probe.activity(), targets[i], 1f / y.rows(), probe.error());
      probe.activation().backprop(probe.pre(), probe.activity(), probe.error());
    }
    return probe.error();
  }

  /** Rescales a fresh gradient to a Frobenius norm of at most c1. */
  private void clip(Parameter p) {
    if (!p.trainable()) {
      return;
    }
    double norm = Ops.norm(p.grad());
    if (norm > c1) {
      Ops.scale((float) (c1 / norm), p.grad());
    }
  }
}
