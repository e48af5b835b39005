package dev.plasticity.lsh;

import dev.plasticity.api.data.Data;
import dev.plasticity.api.math.Matrix;
import dev.plasticity.api.math.Rng;
import dev.plasticity.api.sim.Curve;
import dev.plasticity.api.sim.Recorder;
import dev.plasticity.api.sim.StateMap;
import dev.plasticity.api.sim.Stateful;
import java.util.Arrays;

/** The running part of {@link MipsPrecision}: transformed sets, ground truth and running sums. */
final class MipsRanking implements Stateful {
  private final MipsPrecision spec;
  private final Rng rng;
  private final Transformed sets;
  private final int[][] truth;
  private final int[] ks;
  private final int[] ts;
  private final double[][][] sums; // [K][T][level]
  private long evaluated;

  MipsRanking(MipsPrecision spec, Data data, Rng rng) {
    this.spec = spec;
    this.rng = rng;
    this.ks = spec.hashCounts().stream().mapToInt(Integer::intValue).sorted().toArray();
    this.ts = spec.tops().stream().mapToInt(Integer::intValue).toArray();
    this.sets = Transformed.of(spec.transform(), data, spec.queries());
    // The truth is on the raw vectors: the transforms must not be trusted to keep the order.
    this.truth = ExactTop.of(data.test().head(sets.queries().rows()).features(), data.train().features(),
        Arrays.stream(ts).max().orElse(1));
    this.sums = new double[ks.length][ts.length][MipsPrecision.LEVELS];
  }

  void evaluate(Recorder out) {
    Matrix items = sets.items();
    Matrix queries = sets.queries();
    int kMax = ks[ks.length - 1];
    Hasher h = spec.transform().hash().draw(items.cols(), kMax, rng);
    int n = items.rows();
    int[] itemCodes = new int[n * kMax];
    int[] queryCodes = new int[queries.rows() * kMax];
    h.hash(items, itemCodes, null, null);
    h.hash(queries, queryCodes, null, null);
    int[] matches = new int[n];
    int[] count = new int[kMax + 2];
    int[] ranks = new int[truth.length == 0 ? 0 : truth[0].length];
    for (int q = 0; q < queries.rows(); q++) {
      Arrays.fill(matches, 0);
      int done = 0;
      for (int ki = 0; ki < ks.length; ki++) {
        int k = ks[ki];
        for (int j = 0; j < n; j++) { // functions done..k-1 are added to the counts of the smaller K
          int m = matches[j];
          for (int f = done; f < k; f++) {
            if (itemCodes[j * kMax + f] == queryCodes[q * kMax + f]) {
              m++;
            }
          }
          matches[j] = m;
        }
        done = k;
        rank(matches, count, k, truth[q], ranks);
        for (int ti = 0; ti < ts.length; ti++) {
          addPrecisions(ranks, Math.min(ts[ti], ranks.length), sums[ki][ti]);
        }
      }
    }
    evaluated += queries.rows();
    record(out);
  }

  /** Rank (0-based) of each true item: items with more matches, then equal ones of lower id, come first. */
  private static void rank(int[] matches, int[] count, int k, int[] relevant, int[] ranks) {
    Arrays.fill(count, 0, k + 2, 0);
    for (int m : matches) {
      count[m]++;
    }
    int above = 0; // count[m] becomes the number of items with more than m matches
    for (int m = k; m >= 0; m--) {
      int c = count[m];
      count[m] = above;
      above += c;
    }
    for (int i = 0; i < relevant.length; i++) {
      int id = relevant[i];
      int r = count[matches[id]];
      for (int j = 0; j < id; j++) {
        if (matches[j] == matches[id]) {
          r++;
        }
      }
      ranks[i] = r;
    }
  }

  /** Adds, per recall level, the precision where the top-t's recall first reaches it. */
  private static void addPrecisions(int[] ranks, int t, double[] sums) {
    int[] sorted = Arrays.copyOf(ranks, t);
    Arrays.sort(sorted);
    for (int level = 1; level <= MipsPrecision.LEVELS; level++) {
      int need = (int) Math.ceil(level * t / (double) MipsPrecision.LEVELS - 1e-9);
      need = Math.max(1, need);
      sums[level - 1] += need / (double) (sorted[need - 1] + 1);
    }
  }

  /** The running sums: a resumed run averages over every draw, as an uninterrupted one. */
  @Override
  public void saveState(StateMap out) {
    double[] flat = new double[ks.length * ts.length * MipsPrecision.LEVELS];
    int at = 0;
    for (double[][] byT : sums) {
      for (double[] levels : byT) {
        System.arraycopy(levels, 0, flat, at, levels.length);
        at += levels.length;
      }
    }
    out.putDoubles("sums", flat);
    out.putLongs("evaluated", new long[] {evaluated});
  }

  @Override
  public void restoreState(StateMap in) {
    double[] flat = in.doubles("sums");
    int at = 0;
    for (double[][] byT : sums) {
      for (double[] levels : byT) {
        System.arraycopy(flat, at, levels, 0, levels.length);
        at += levels.length;
      }
    }
    evaluated = in.longs("evaluated")[0];
  }

  private void record(Recorder out) {
    for (int ki = 0; ki < ks.length; ki++) {
      for (int ti = 0; ti < ts.length; ti++) {
        out.record("p@r0.5/K=" + ks[ki] + "/T=" + ts[ti], sums[ki][ti][4] / evaluated);
      }
    }
    double[] recall = new double[MipsPrecision.LEVELS];
    for (int level = 1; level <= MipsPrecision.LEVELS; level++) {
      recall[level - 1] = level / 10.0;
    }
    for (int ki = 0; ki < ks.length; ki++) {
      for (int ti = 0; ti < ts.length; ti++) {
        double[] precision = new double[MipsPrecision.LEVELS];
        for (int level = 1; level <= MipsPrecision.LEVELS; level++) {
          precision[level - 1] = sums[ki][ti][level - 1] / evaluated;
        }
        // The whole curve goes out as a Curve, not as ten metrics: one plot per K and T, a line
        // per variant (the scenarios' variants are the methods).
        out.curve(new Curve("precision-recall/K=" + ks[ki] + "/T=" + ts[ti], "", "recall", "precision",
            recall, precision));
      }
    }
  }
}
