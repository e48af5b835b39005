package dev.plasticity.alignment;

import dev.plasticity.api.learn.Optimizer;
import dev.plasticity.api.learn.Parameter;
import dev.plasticity.api.net.Network;
import dev.plasticity.api.net.Projection;
import dev.plasticity.api.sim.SimContext;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import dev.plasticity.api.math.Matrix;

/**
 * The feedback matrices B of a rule that replaces Wᵀ in the backward sweep, one per
 * projection whose source is a hidden population (the input needs no error), registered
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
      if (p.source() == net.input()) {
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
