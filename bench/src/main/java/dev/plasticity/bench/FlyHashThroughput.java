package dev.plasticity.bench;

import dev.plasticity.api.learn.Parameter;
import dev.plasticity.api.math.Matrix;
import dev.plasticity.api.math.Rng;
import dev.plasticity.api.net.Activations;
import dev.plasticity.api.net.Network;
import dev.plasticity.api.net.Population;
import dev.plasticity.api.net.Projection;
import dev.plasticity.olfaction.AplWinnerTakeAll;
import dev.plasticity.olfaction.MeanRate;
import dev.plasticity.olfaction.SparseBinary;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Hashing throughput of the fly circuit as the runtime drives it: PN step, PN→KC gemm,
 * APL winner-take-all, batch by batch over SIFT-10k. Args: sift file, m, s, k, batch, rounds.
 */
public final class FlyHashThroughput {
  public static void main(String[] args) throws Exception {
    List<String> lines = Files.readAllLines(Path.of(args[0]));
    int m = Integer.parseInt(args[1]);
    int s = Integer.parseInt(args[2]);
    int k = Integer.parseInt(args[3]);
    int batch = Integer.parseInt(args[4]);
    int rounds = Integer.parseInt(args[5]);
    int n = lines.size();
    int d = lines.get(0).split(",").length;
    Matrix odours = new Matrix(n, d);
    for (int r = 0; r < n; r++) {
      String[] parts = lines.get(r).split(",");
      for (int c = 0; c < d; c++) {
        odours.set(r, c, Float.parseFloat(parts[c].trim()));
      }
    }
    Population pn = new Population("pn", d, new Activations.Identity());
    Network net = new Network(pn);
    Population kc = net.add(new Population("kc", m, new AplWinnerTakeAll(k, 10)));
    Parameter w = new Parameter("pn->kc.W", m, d, false);
    new SparseBinary(s).init(w.value(), new Rng(42));
    net.connect(new Projection("pn->kc", 0, pn, kc, w, null));
    net.allocate(batch);
    MeanRate step = new MeanRate(100, true);
    float[] offsets = new float[d];
    step.fit(odours, offsets);
    for (int round = -2; round < rounds; round++) { // two warm-up rounds for the JIT
      long t0 = System.nanoTime();
      for (int from = 0; from < n; from += batch) {
        int rows = Math.min(batch, n - from);
        net.useRows(rows);
        System.arraycopy(odours.data(), from * d, pn.activity().data(), 0, rows * d);
        step.apply(pn.activity(), offsets);
        net.forwardAll();
      }
      double sec = (System.nanoTime() - t0) / 1e9;
      if (round >= 0) {
        System.out.printf("round %d: %d vectors in %.3f s = %.0f vectors/second (m=%d s=%d k=%d batch=%d)%n",
            round, n, sec, n / sec, m, s, k, batch);
      }
    }
  }
}
