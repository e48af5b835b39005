package dev.plasticity.bench;

import dev.plasticity.api.math.Linalg;
import dev.plasticity.api.math.Matrix;
import dev.plasticity.api.net.Network;
import dev.plasticity.api.net.Projection;

import dev.plasticity.runtime.engine.Simulation;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Training throughput of a scenario (the canonical BP one by default): samples per second
 * of whole training ticks (input, forward, loss, credit, update), the GFLOP/s that makes
 * of its matrix products, and, as the reference in the same process, the GFLOP/s of the
 * very same gemm calls run alone. Their ratio is the share of a step that is matrix math.
 *
 * <p>Usage: TrainingThroughput [scenario.json] [ticks per repeat] [repeats]
 */
public final class TrainingThroughput {
  private TrainingThroughput() {}

  public static void main(String[] args) throws Exception {
    Path file = Path.of(args.length > 0 ? args[0] : "scenarios/alignment/bp-fashion-mnist.json");
    int ticks = args.length > 1 ? Integer.parseInt(args[1]) : 300;
    int repeats = args.length > 2 ? Integer.parseInt(args[2]) : 5;
    Simulation sim = BenchScenario.load(file, java.util.List.of());
    long perEpoch = sim.timeline().ticksPerEpoch();
    if (ticks >= perEpoch) {
      throw new IllegalArgumentException("ticks per repeat must stay inside one epoch (< " + perEpoch + ")");
    }
    int batch = sim.batchCapacity();
    double flopsPerTick = flopsPerTick(sim.network(), batch);

    System.out.printf(Locale.ROOT, "scenario %s, batch %d, %.1f MFLOP of gemm per tick, BLAS %s, %d cpus%n",
        sim.scenario().name(), batch, flopsPerTick / 1e6, Linalg.implementation(),
        Runtime.getRuntime().availableProcessors());
    List<double[]> results = new ArrayList<>();
    long start = 0;
    for (int r = 0; r < repeats + 1; r++) {
      // Stay inside one epoch: the end-of-epoch evaluation is not training.
      if (start % perEpoch + ticks >= perEpoch) {
        start = (start / perEpoch + 1) * perEpoch;
        sim.skipTo(start);
      }
      long t0 = System.nanoTime();
      sim.run(start + ticks, () -> false, t -> {});
      double trainSecs = (System.nanoTime() - t0) / 1e9;
      start += ticks;
      double gemmSecs = gemmOnly(sim.network(), batch, ticks);
      if (r > 0) { // the first repeat warms the JIT up
        results.add(new double[] {ticks * batch / trainSecs, ticks * flopsPerTick / trainSecs / 1e9,
            ticks * flopsPerTick / gemmSecs / 1e9});
      }
    }
    System.out.printf(Locale.ROOT, "%-8s %12s %16s %16s %10s%n", "repeat", "samples/s", "train GFLOP/s",
        "gemm-only GFLOP/s", "math share");
    for (int i = 0; i < results.size(); i++) {
      double[] x = results.get(i);
      System.out.printf(Locale.ROOT, "%-8d %12.0f %16.2f %16.2f %9.0f%%%n", i + 1, x[0], x[1], x[2], 100 * x[1] / x[2]);
    }
    double[] med = new double[3];
    for (int k = 0; k < 3; k++) {
      int kk = k;
      double[] col = results.stream().mapToDouble(x -> x[kk]).sorted().toArray();
      med[k] = col[col.length / 2];
    }
    System.out.printf(Locale.ROOT, "%-8s %12.0f %16.2f %16.2f %9.0f%%%n", "median", med[0], med[1], med[2],
        100 * med[1] / med[2]);
  }

  /** gemm FLOPs of one training tick: forward, weight gradient, and error to hidden sources. */
  static double flopsPerTick(Network net, int batch) {
    double f = 0;
    for (Projection p : net.projections()) {
      double one = 2.0 * batch * p.source().size() * p.target().size();
      f += 2 * one + (p.source() == net.input() ? 0 : one);
    }
    return f;
  }

  /** The same gemm calls as {@code ticks} training ticks, on the same buffers, alone. */
  static double gemmOnly(Network net, int batch, int ticks) {
    long t0 = System.nanoTime();
    for (int t = 0; t < ticks; t++) {
      for (Projection p : net.projections()) {
        Matrix h = p.source().activity();
        Matrix a = p.target().pre();
        Matrix w = p.weights().value();
        Linalg.gemm(false, true, 1f, h, w, 0f, a);
        Linalg.gemm(true, false, 1f, p.target().error(), h, 0f, p.weights().grad());
        if (p.source() != net.input()) {
          Linalg.gemm(false, false, 1f, p.target().error(), w, 0f, p.source().error());
        }
      }
    }
    return (System.nanoTime() - t0) / 1e9;
  }
}
