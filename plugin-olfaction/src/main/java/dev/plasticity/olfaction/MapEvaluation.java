package dev.plasticity.olfaction;

import dev.plasticity.api.learn.Batch;
import dev.plasticity.api.math.Rng;
import dev.plasticity.api.net.Network;
import dev.plasticity.api.net.Population;
import dev.plasticity.api.sim.Phase;
import dev.plasticity.api.sim.SimContext;
import dev.plasticity.api.sim.Timeline;
import java.util.List;

/**
 * The running part of {@link NeighbourMap}: at RECORD it files every presented row (PN
 * rates and each scored population's activity) under its data-set row; at the end of each
 * epoch it scores the rows filed and writes the metrics. All buffers are allocated here,
 * once; the filing and scoring loops allocate nothing.
 */
final class MapEvaluation {
  private final NeighbourMap config;
  private final SimContext ctx;
  private final List<Population> scored;
  private final RowStore inputs;
  private final RowStore[] hashes;
  private final PseudoHashBins[] bins;
  private final int[] binned;
  private final double[] searched;
  private final FiledRows filed;
  private final int[] present;
  private final int[] candidates;
  private final double[] inputDist;
  private final double[] hashDist;
  private final int[] truthStamp;
  private final Nearest truth;
  private final Nearest predicted;
  private final double[] meanAp;
  private final RepeatStats stats;
  private final Rng rng;
  private final String[] mapName;
  private final String[] stdName;

  MapEvaluation(NeighbourMap config, SimContext ctx, List<Population> scored) {
    this.config = config;
    this.ctx = ctx;
    this.scored = scored;
    Network net = ctx.network();
    int rows = config.set().of(ctx.data()).size();
    this.inputs = new RowStore(rows, net.input().size(), net.input().size());
    this.hashes = new RowStore[scored.size()];
    for (int i = 0; i < hashes.length; i++) {
      Population p = scored.get(i);
      int cap = p.activation() instanceof AplWinnerTakeAll w ? w.k() : p.size();
      hashes[i] = new RowStore(rows, p.size(), cap);
    }
    this.bins = new PseudoHashBins[config.binBlock() > 0 ? scored.size() : 0];
    RowStore[] all = java.util.Arrays.copyOf(hashes, hashes.length + 1 + bins.length);
    all[hashes.length] = inputs;
    for (int i = 0; i < bins.length; i++) {
      bins[i] = new PseudoHashBins(rows, scored.get(i).size(), config.binBlock(), config.binRadius());
      all[hashes.length + 1 + i] = bins[i].store();
    }
    this.filed = new FiledRows(rows, all);
    this.binned = new int[rows];
    this.searched = new double[scored.size()];
    this.present = new int[rows];
    this.candidates = new int[rows];
    this.inputDist = new double[rows];
    this.hashDist = new double[rows];
    this.truthStamp = new int[rows];
    int k = config.neighboursFor(rows);
    this.truth = new Nearest(k);
    this.predicted = new Nearest(k);
    this.meanAp = new double[scored.size()];
    this.stats = new RepeatStats(scored.size());
    this.rng = ctx.rng("metric/neighbour-map");
    this.mapName = new String[scored.size()];
    this.stdName = new String[scored.size()];
    for (int i = 0; i < mapName.length; i++) {
      mapName[i] = "map/" + scored.get(i).id();
      stdName[i] = "map-std/" + scored.get(i).id();
    }
  }

  void install() {
    Timeline tl = ctx.timeline();
    ctx.keepState("neighbour-map", stats);
    ctx.keepState("neighbour-map/filed", filed);
    ctx.scheduler().every(0, 1, Phase.RECORD, 0, "neighbour-map: file hashes", t -> file());
    ctx.scheduler().every(tl.firstEpochEnd(), tl.ticksPerEpoch(), Phase.CONTROL,
        NeighbourMap.EVAL_ORDER, "neighbour-map", t -> evaluate());
  }

  private void file() {
    Batch b = ctx.batch();
    int[] idx = b.indices();
    Network net = ctx.network();
    for (int r = 0, n = b.size(); r < n; r++) {
      int row = idx[r];
      filed.mark(row);
      inputs.put(row, net.input().activity(), r);
      for (int i = 0; i < hashes.length; i++) {
        hashes[i].put(row, scored.get(i).activity(), r);
      }
      for (int i = 0; i < bins.length; i++) {
        bins[i].put(row, scored.get(i).pre(), r);
      }
    }
  }

  private void evaluate() {
    int n = filed.collect(present);
    filed.clear();
    if (n < 2) {
      return;
    }
    int k = config.neighboursFor(n);
    int q = Math.min(config.queries(), n);
    java.util.Arrays.fill(meanAp, 0);
    java.util.Arrays.fill(searched, 0);
    for (PseudoHashBins b : bins) {
      b.encode(present, n);
    }
    // Distinct random queries: a partial Fisher-Yates over the presented rows.
    for (int s = 0; s < q; s++) {
      int pick = s + rng.nextInt(n - s);
      int t = present[s];
      present[s] = present[pick];
      present[pick] = t;
    }
    for (int s = 0; s < q; s++) {
      scoreQuery(present[s], s + 1, n, k);
    }
    for (int i = 0; i < meanAp.length; i++) {
      meanAp[i] /= q;
    }
    stats.add(meanAp);
    for (int i = 0; i < meanAp.length; i++) {
      ctx.recorder().record(mapName[i], stats.mean(i));
      ctx.recorder().record(stdName[i], stats.std(i));
      Double ref = config.reference() == null ? null : config.reference().get(scored.get(i).id());
      if (ref != null) {
        ctx.recorder().record("reference/" + scored.get(i).id(), ref);
      }
      if (bins.length > 0) {
        ctx.recorder().record("searched/" + scored.get(i).id(), searched[i] / q);
      }
    }
  }

  /** Adds query {@code query}'s average precision for every scored population. */
  private void scoreQuery(int query, int stamp, int n, int k) {
    inputs.squaredDistances(query, present, n, inputDist);
    // Candidates: every other row that is not an exact duplicate of the query in input space.
    int c = 0;
    for (int p = 0; p < n; p++) {
      if (present[p] != query && inputDist[p] > 0) {
        inputDist[c] = inputDist[p];
        candidates[c++] = present[p];
      }
    }
    truth.select(inputDist, candidates, c, k);
    for (int i = 0; i < truth.size(); i++) {
      truthStamp[truth.row(i)] = stamp;
    }
    for (int h = 0; h < hashes.length; h++) {
      int[] ranked = candidates;
      int r = c;
      if (bins.length > 0) {
        ranked = binned;
        r = bins[h].probe(query, candidates, c, binned);
        searched[h] += (double) r / Math.max(1, c);
      }
      hashes[h].squaredDistances(query, ranked, r, hashDist);
      predicted.select(hashDist, ranked, r, k);
      meanAp[h] += AveragePrecision.of(predicted, truthStamp, stamp);
    }
    // Stamps of a query are unique per evaluation; clear them for the next evaluation.
    for (int i = 0; i < truth.size(); i++) {
      truthStamp[truth.row(i)] = 0;
    }
  }
}
