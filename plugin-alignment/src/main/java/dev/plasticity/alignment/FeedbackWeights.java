package dev.plasticity.alignment;

import dev.plasticity.api.learn.Initializer;
import dev.plasticity.api.learn.Optimizer;
import dev.plasticity.api.learn.Parameter;
import dev.plasticity.api.math.Matrix;
import dev.plasticity.api.math.Rng;
import dev.plasticity.api.net.BoundOperator;
import dev.plasticity.api.net.Network;
import dev.plasticity.api.net.Projection;
import dev.plasticity.api.sim.SimContext;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The feedback matrices B of a rule that replaces W in the backward sweep, one per
 * projection with weights whose source is a hidden population (the input needs no error),
 * each of W's shape whatever the operator (a convolution carries the error back as the
 * transposed convolution with B), registered
 * as parameters named {@code <projection>.B} so that the optimizer, checkpoints and the
 * {@code alignment-angles} metric find them.
 */
final class FeedbackWeights {
  /** Suffix of a feedback parameter's name; the metric looks B up by it. */
  static final String SUFFIX = ".B";

  private final Map<Projection, Matrix> byProjection = new IdentityHashMap<>();
  private final List<Projection> projections = new ArrayList<>();
  private final List<Parameter> parameters = new ArrayList<>();

  private FeedbackWeights() {}

  /**
   * Registers B (shape of W) for every projection out of a hidden population. Trainable
   * B gets {@code optimizer} when given, else W's own optimizer (null: the scenario's).
   */
  static FeedbackWeights register(SimContext ctx, boolean trainable, Optimizer optimizer) {
    FeedbackWeights f = new FeedbackWeights();
    Network net = ctx.network();
    for (Projection p : net.projections()) {
      if (!carriesFeedback(net, p)) {
        continue;
      }
      Matrix w = p.weights().value();
      Parameter b = new Parameter(nameOf(p), w.rows(), w.cols(), trainable);
      if (trainable) {
        b.withOptimizer(optimizer != null ? optimizer : p.weights().optimizer());
      }
      ctx.parameters().add(b);
      f.byProjection.put(p, b.value());
      f.projections.add(p);
      f.parameters.add(b);
    }
    return f;
  }

  /**
   * Whether {@code p} gets a B: it has weights (pooling has none and routes the error
   * itself) and its source is hidden (the input needs no error).
   */
  static boolean carriesFeedback(Network net, Projection p) {
    return p.hasWeights() && p.source() != net.input();
  }

  /** Fills B with {@code init}, counting fans as the projection's operator does. */
  void init(int i, Initializer init, Rng rng) {
    BoundOperator op = projections.get(i).operator();
    init.init(parameters.get(i).value(), op.fanIn(), op.fanOut(), rng);
  }

  static String nameOf(Projection p) {
    return p.id() + SUFFIX;
  }

  /** Projections that have a B, in forward order. */
  List<Projection> projections() {
    return projections;
  }

  /** B of the i-th projection of {@link #projections()}. */
  Parameter parameter(int i) {
    return parameters.get(i);
  }

  /** The lookup the backward sweep uses (built once; no allocation per tick). */
  Function<Projection, Matrix> lookup() {
    return byProjection::get;
  }
}
