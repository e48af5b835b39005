package dev.plasticity.lsh;

import dev.plasticity.api.data.Data;
import dev.plasticity.api.math.Matrix;
import dev.plasticity.api.math.Rng;
import dev.plasticity.api.sim.Curve;
import dev.plasticity.api.sim.Recorder;
import dev.plasticity.api.sim.StateMap;
import dev.plasticity.api.sim.Stateful;

/** The running part of {@link LshRecall}: the tables, the truth, per-probe running sums. */
final class MultiProbeEvaluation implements Stateful {
  private final LshRecall spec;
  private final Rng rng;
  private final Transformed sets;
  private final int[][] truth;
  private final HashTables tables;
  private final int[] probes;
  private final double[] recallSums;
  private final double[] searchedSums;
  private final int[] stamp;
  private int stampNow;
  private int visited;
  private long evaluated;

  MultiProbeEvaluation(LshRecall spec, Data data, Rng rng) {
    this.spec = spec;
    this.rng = rng;
    this.sets = Transformed.of(spec.transform(), data, spec.queries());
    this.truth = ExactTop.of(data.test().head(sets.queries().rows()).features(), data.train().features(), spec.top());
    this.tables = new HashTables(spec.effectiveFamily(), spec.bits(), spec.tables(), spec.bucketSize(),
        sets.items().cols());
    this.probes = spec.probes().stream().mapToInt(Integer::intValue).toArray();
    this.recallSums = new double[probes.length];
    this.searchedSums = new double[probes.length];
    this.stamp = new int[sets.items().rows()];
  }

  void rebuild() {
    tables.rebuild(sets.items(), rng);
  }

  void rehash() {
    tables.rehash(sets.items());
  }

  HashTables tables() {
    return tables;
  }

  void evaluate(Recorder out) {
    Matrix q = sets.queries();
    int n = sets.items().rows();
    for (int i = 0; i < q.rows(); i++) {
      for (int p = 0; p < probes.length; p++) {
        stampNow++;
        visited = 0;
        tables.query(q.data(), i * q.cols(), probes[p], this::visit);
        int found = 0;
        for (int id : truth[i]) {
          if (stamp[id] == stampNow) {
            found++;
          }
        }
        recallSums[p] += found / (double) truth[i].length;
        searchedSums[p] += visited / (double) n;
      }
    }
    evaluated += q.rows();
    for (int p = 0; p < probes.length; p++) {
      out.record("recall@" + spec.top() + "/probes=" + probes[p], recallSums[p] / evaluated);
    }
    for (int p = 0; p < probes.length; p++) {
      out.record("searched/probes=" + probes[p], searchedSums[p] / evaluated);
    }
    double[] x = new double[probes.length];
    double[] y = new double[probes.length];
    for (int p = 0; p < probes.length; p++) {
      x[p] = probes[p];
      y[p] = recallSums[p] / evaluated;
    }
    out.curve(new Curve("multi-probe/recall@" + spec.top(), "", "extra probes per table", "recall@" + spec.top(), x, y));
    out.record("table-rebuilds", tables.rebuilds());
    out.record("table-rehashes", tables.rehashes());
  }

  /** The tables' functions and counts and the running sums, so that a resumed run goes on alike. */
  @Override
  public void saveState(StateMap out) {
    tables.saveState("tables/", out);
    out.putDoubles("recall", recallSums.clone());
    out.putDoubles("searched", searchedSums.clone());
    out.putLongs("evaluated", new long[] {evaluated});
  }

  @Override
  public void restoreState(StateMap in) {
    tables.restoreState("tables/", in, rng, true);
    System.arraycopy(in.doubles("recall"), 0, recallSums, 0, recallSums.length);
    System.arraycopy(in.doubles("searched"), 0, searchedSums, 0, searchedSums.length);
    evaluated = in.longs("evaluated")[0];
  }

  private void visit(int id) {
    if (stamp[id] != stampNow) {
      stamp[id] = stampNow;
      visited++;
    }
  }
}
