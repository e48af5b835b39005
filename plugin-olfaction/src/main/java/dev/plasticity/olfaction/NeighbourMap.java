package dev.plasticity.olfaction;

import dev.plasticity.api.config.Default;
import dev.plasticity.api.config.Doc;
import dev.plasticity.api.config.Min;
import dev.plasticity.api.config.Optional;
import dev.plasticity.api.net.Network;
import dev.plasticity.api.net.Population;
import dev.plasticity.api.sim.Metric;
import dev.plasticity.api.sim.SimContext;
import java.util.List;
import java.util.Map;

/**
 * Dasgupta et al.'s similarity-search score: how well nearest neighbours in a population's
 * activity (the hash) recover the true nearest neighbours of the input (the PN rates).
 * Every evaluation scores the vectors presented since the last one: 100 random queries,
 * true neighbours = the max(10, 2% of N) nearest inputs by L2 excluding the query and its
 * exact duplicates, predicted = as many nearest hashes among the same candidates, AP = mean
 * precision at each hit. It writes, per population p, {@code map/p} and {@code map-std/p}
 * (mean and standard deviation of the per-evaluation mAP over the evaluations so far) and,
 * when given, the published {@code reference/p}. With {@code binBlock} > 0 a query ranks
 * only the candidates in its DenseFly pseudo-hash bin and the bins within {@code binRadius}
 * bits ({@link PseudoHashBins}), and {@code searched/p} says what fraction it looked at.
 */
public record NeighbourMap(
    @Doc("populations scored; absent: every population but the input") @Optional List<String> populations,
    @Doc("random queries per evaluation") @Default("100") @Min(1) int queries,
    @Doc("true neighbours per query; 0: max(10, 2% of N) as the authors") @Default("0") @Min(0)
        int neighbours,
    @Doc("published mAP per population id, written beside the measured one") @Optional
        Map<String, Double> reference,
    @Doc("cells per pseudo-hash bit for binned search; 0: rank every candidate") @Default("0") @Min(0)
        int binBlock,
    @Doc("multi-probe: also search bins this many pseudo-hash bits away") @Default("1") @Min(0)
        int binRadius,
    @Doc("the set the presentation draws from: its row numbers are the ones filed") @Default("\"test\"")
        OdourSet set)
    implements Metric {

  /** Exhaustive ranking of the presented test set, as in the paper's protocol. */
  public NeighbourMap(List<String> populations, int queries, int neighbours, Map<String, Double> reference) {
    this(populations, queries, neighbours, reference, 0, 1, OdourSet.TEST);
  }

  /** Order among CONTROL events: after training metrics, like the test accuracy. */
  static final int EVAL_ORDER = 100;

  @Override
  public void install(SimContext ctx) {
    Network net = ctx.network();
    List<Population> scored = populations == null
        ? net.populations().stream().filter(p -> p != net.input()).toList()
        : populations.stream().map(net::population).toList();
    if (scored.isEmpty()) {
      throw new IllegalArgumentException("neighbour-map: the network has no population to score");
    }
    new MapEvaluation(this, ctx, scored).install();
  }

  /** The number of true neighbours for {@code n} candidates. */
  int neighboursFor(int n) {
    int k = neighbours > 0 ? neighbours : Math.max(10, (int) (0.02 * n));
    return Math.max(0, Math.min(k, n - 1));
  }
}
