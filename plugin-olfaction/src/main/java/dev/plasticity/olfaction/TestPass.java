package dev.plasticity.olfaction;

import dev.plasticity.api.data.Dataset;
import dev.plasticity.api.math.Matrix;
import dev.plasticity.api.net.Network;
import dev.plasticity.api.sim.SimContext;

/**
 * Runs the whole test set through the circuit, batch by batch in the network's buffers,
 * with the PN step applied as a presentation would: what the Bloom-filter metrics score
 * after the training odours have been presented. Overwrites population state.
 */
final class TestPass {
  /** Receives each batch once the network has run on it: rows {@code from .. from+n}. */
  interface Rows {
    void accept(int from, int n, int[] labels);
  }

  private final Network net;
  private final Dataset test;
  private final PnPreprocessing pn;
  private final float[] offsets;
  private final int[] labels;

  TestPass(SimContext ctx, PnPreprocessing pn) {
    this.net = ctx.network();
    this.test = ctx.data().test();
    this.pn = pn;
    this.offsets = new float[test.dim()];
    this.labels = new int[net.batchCapacity()];
    pn.fit(test.features(), offsets);
  }

  Dataset test() {
    return test;
  }

  void run(Rows rows) {
    int cap = net.batchCapacity();
    Matrix x = net.input().activity();
    for (int from = 0; from < test.size(); from += cap) {
      int n = Math.min(cap, test.size() - from);
      net.useRows(n);
      test.gather(null, from, n, x, labels);
      pn.apply(x, offsets);
      net.forwardAll();
      rows.accept(from, n, labels);
    }
  }
}
