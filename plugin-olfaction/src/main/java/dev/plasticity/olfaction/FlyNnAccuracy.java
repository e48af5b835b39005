package dev.plasticity.olfaction;

import dev.plasticity.api.config.Default;
import dev.plasticity.api.config.Doc;
import dev.plasticity.api.config.Optional;
import dev.plasticity.api.learn.Batch;
import dev.plasticity.api.net.Population;
import dev.plasticity.api.sim.Metric;
import dev.plasticity.api.sim.Phase;
import dev.plasticity.api.sim.SimContext;
import dev.plasticity.api.sim.Timeline;

/**
 * FlyNN (a fly Bloom filter per class): a test odour is given the class whose filter finds
 * it least novel (lowest score, ties to the lower class). Beside it, the baseline on the
 * same hashes: the label of the nearest presented training hash by L2 (ties to the lower
 * row); the presentation must draw from the training set. Writes {@code flynn-accuracy} and {@code nn-accuracy} on the whole test set.
 */
public record FlyNnAccuracy(
    @Doc("PN step applied to test odours, as in the presentation") @Default("{\"type\": \"mean-rate\"}") PnPreprocessing pn,
    @Doc("the per-class output population; absent: the network's output") @Optional String into,
    @Doc("also score the nearest-neighbour baseline on the same hashes") @Default("true") boolean nearestNeighbour)
    implements Metric {

  @Override
  public void install(SimContext ctx) {
    BloomSynapses syn = BloomSynapses.of(ctx.network(), into);
    TestPass pass = new TestPass(ctx, pn);
    Population kc = syn.cells();
    int rows = ctx.data().train().size();
    int cap = kc.activation() instanceof AplWinnerTakeAll w ? w.k() : kc.size();
    RowStore hashes = nearestNeighbour ? new RowStore(rows, kc.size(), cap) : null;
    int[] trainLabels = ctx.data().train().labels();
    FiledRows stored = nearestNeighbour ? new FiledRows(rows, hashes) : new FiledRows(rows);
    ctx.keepState("flynn-accuracy/hashes", stored);
    int[] present = new int[rows];
    double[] dist = new double[rows];
    Batch batch = ctx.batch();
    Timeline tl = ctx.timeline();
    if (nearestNeighbour) {
      ctx.scheduler().every(0, 1, Phase.RECORD, 0, "flynn: file training hashes", t -> {
        for (int r = 0; r < batch.size(); r++) {
          int row = batch.indices()[r];
          hashes.put(row, kc.activity(), r);
          stored.mark(row);
        }
      });
    }
    ctx.scheduler().every(tl.firstEpochEnd(), tl.ticksPerEpoch(), Phase.CONTROL, NeighbourMap.EVAL_ORDER,
        "flynn-accuracy", t -> {
          int stock = stored.collect(present);
          long[] correct = new long[2];
          pass.run((from, count, labels) -> {
            for (int r = 0; r < count; r++) {
              if (leastNovel(syn, r) == labels[r]) {
                correct[0]++;
              }
              if (stock > 0) {
                hashes.squaredDistancesFrom(kc.activity(), r, present, stock, dist);
                int best = 0;
                for (int p = 1; p < stock; p++) {
                  if (dist[p] < dist[best]) {
                    best = p;
                  }
                }
                if (trainLabels[present[best]] == labels[r]) {
                  correct[1]++;
                }
              }
            }
          });
          double size = pass.test().size();
          ctx.recorder().record("flynn-accuracy", correct[0] / size);
          if (nearestNeighbour) {
            ctx.recorder().record("nn-accuracy", stock == 0 ? Double.NaN : correct[1] / size);
          }
        });
  }

  private static int leastNovel(BloomSynapses syn, int r) {
    int best = 0;
    double bestScore = syn.score(0, r);
    for (int c = 1; c < syn.outputs().size(); c++) {
      double s = syn.score(c, r);
      if (s < bestScore) {
        best = c;
        bestScore = s;
      }
    }
    return best;
  }
}
