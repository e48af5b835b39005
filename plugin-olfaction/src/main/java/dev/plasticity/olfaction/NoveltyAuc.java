package dev.plasticity.olfaction;

import dev.plasticity.api.config.Default;
import dev.plasticity.api.config.Doc;
import dev.plasticity.api.config.Optional;
import dev.plasticity.api.learn.Batch;
import dev.plasticity.api.sim.Metric;
import dev.plasticity.api.sim.Phase;
import dev.plasticity.api.sim.SimContext;
import dev.plasticity.api.sim.Timeline;
import java.util.Arrays;

/**
 * Novelty detection by the fly Bloom filter: after the presented (training) odours have
 * depressed their synapses, every test odour gets its filter score; the ROC AUC says how
 * well the score ranks test odours of classes never presented above those of presented
 * classes. Writes {@code novelty-auc} and the mean scores {@code novelty/seen} and
 * {@code novelty/unseen}.
 */
public record NoveltyAuc(
    @Doc("PN step applied to test odours, as in the presentation") @Default("{\"type\": \"mean-rate\"}") PnPreprocessing pn,
    @Doc("the Bloom filter's output population; absent: the network's output") @Optional String into)
    implements Metric {

  @Override
  public void install(SimContext ctx) {
    BloomSynapses syn = BloomSynapses.of(ctx.network(), into);
    TestPass pass = new TestPass(ctx, pn);
    int n = pass.test().size();
    FiledRows presented = new FiledRows(Math.max(1, pass.test().classes()));
    ctx.keepState("novelty-auc/classes", presented);
    double[] novel = new double[n];
    double[] familiar = new double[n];
    Batch batch = ctx.batch();
    Timeline tl = ctx.timeline();
    ctx.scheduler().every(0, 1, Phase.RECORD, 0, "novelty: classes presented", t -> {
      for (int r = 0; r < batch.size(); r++) {
        if (batch.labels()[r] >= 0) {
          presented.mark(batch.labels()[r]);
        }
      }
    });
    ctx.scheduler().every(tl.firstEpochEnd(), tl.ticksPerEpoch(), Phase.CONTROL, NeighbourMap.EVAL_ORDER,
        "novelty-auc", t -> {
          int[] counts = new int[2];
          pass.run((from, rows, labels) -> {
            for (int r = 0; r < rows; r++) {
              double s = syn.score(0, r);
              if (labels[r] >= 0 && presented.contains(labels[r])) {
                familiar[counts[0]++] = s;
              } else {
                novel[counts[1]++] = s;
              }
            }
          });
          ctx.recorder().record("novelty-auc", auc(novel, counts[1], familiar, counts[0]));
          ctx.recorder().record("novelty/seen", mean(familiar, counts[0]));
          ctx.recorder().record("novelty/unseen", mean(novel, counts[1]));
          presented.clear();
        });
  }

  /**
   * P(a random positive scores above a random negative) + ½ P(tie): the Mann–Whitney form
   * of the ROC AUC, by sorting both samples and walking them together. Sorts in place.
   */
  static double auc(double[] pos, int np, double[] neg, int nn) {
    if (np == 0 || nn == 0) {
      return Double.NaN;
    }
    Arrays.sort(pos, 0, np);
    Arrays.sort(neg, 0, nn);
    double wins = 0;
    int below = 0;
    int upTo = 0;
    for (int i = 0; i < np; i++) {
      double s = pos[i];
      while (below < nn && neg[below] < s) {
        below++;
      }
      upTo = Math.max(upTo, below);
      while (upTo < nn && neg[upTo] == s) {
        upTo++;
      }
      wins += below + 0.5 * (upTo - below);
    }
    return wins / ((double) np * nn);
  }

  private static double mean(double[] v, int n) {
    double s = 0;
    for (int i = 0; i < n; i++) {
      s += v[i];
    }
    return n == 0 ? Double.NaN : s / n;
  }
}
