package org.example.noisytransport;

import dev.plasticity.api.config.ConfigException;
import dev.plasticity.api.learn.Parameters;
import dev.plasticity.api.math.Matrix;
import dev.plasticity.api.math.Ops;
import dev.plasticity.api.net.Projection;
import dev.plasticity.api.sim.Metric;
import dev.plasticity.api.sim.Phase;
import dev.plasticity.api.sim.SimContext;
import dev.plasticity.api.sim.Timeline;
import java.util.List;

/**
 * How far the feedback strays from the forward weights, {@code transport-error/<projection>}
 * = ‖B − W‖ / ‖W‖ at each epoch end, for every projection whose credit rule keeps a feedback
 * matrix B (the parameter {@code <projection>.B}). For noisy transport with a fresh draw it
 * is about sigma, since ‖sigma · rms(W) · Z‖ ≈ sigma · ‖W‖; for feedback alignment it shows
 * W turning towards B.
 *
 * <p>It measures what a credit rule makes, so it needs one: the runtime installs a
 * scenario's credit rule before its metrics, and a network with no B is refused at install,
 * as bad input at the metric's JSON path, rather than recording nothing or a stand-in.
 */
public record TransportError() implements Metric {
  @Override
  public void install(SimContext ctx) {
    Parameters params = ctx.parameters();
    List<Projection> kept = ctx.network().projections().stream()
        .filter(p -> params.contains(p.id() + ".B")).toList();
    if (kept.isEmpty()) {
      throw new ConfigException("", "no projection has a feedback matrix B (a parameter '<projection>.B'): "
          + "use it with a credit rule that keeps one, such as noisy-transport or feedback-alignment");
    }
    // The matrices themselves, looked up once: a parameter's value is the same Matrix all run long.
    Matrix[] w = kept.stream().map(p -> p.weights().value()).toArray(Matrix[]::new);
    Matrix[] b = kept.stream().map(p -> params.get(p.id() + ".B").value()).toArray(Matrix[]::new);
    String[] names = kept.stream().map(p -> "transport-error/" + p.id()).toArray(String[]::new);
    Timeline tl = ctx.timeline();
    ctx.scheduler().every(tl.firstEpochEnd(), tl.ticksPerEpoch(), Phase.CONTROL, 0, "transport-error", t -> {
      for (int i = 0; i < names.length; i++) {
        ctx.recorder().record(names[i], distance(b[i], w[i]) / Ops.norm(w[i]));
      }
    });
  }

  /** ‖b − w‖, summed in double without a temporary matrix. */
  static double distance(Matrix b, Matrix w) {
    float[] x = b.data();
    float[] y = w.data();
    double sum = 0;
    for (int i = 0; i < b.size(); i++) {
      double d = (double) x[i] - y[i];
      sum += d * d;
    }
    return Math.sqrt(sum);
  }
}
