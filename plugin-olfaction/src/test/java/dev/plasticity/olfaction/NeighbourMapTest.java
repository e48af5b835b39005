package dev.plasticity.olfaction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plasticity.api.data.Data;
import dev.plasticity.api.math.Matrix;
import dev.plasticity.api.net.Activations;
import dev.plasticity.testkit.Fixtures;
import dev.plasticity.testkit.MockRuntime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class NeighbourMapTest {
  private static final int N = 60;
  private static final int D = 6;

  /** A PN (input) → hash (l1) network presented by the odour schedule, W left to the test. */
  private static MockRuntime runtime(Data data, int hashSize, dev.plasticity.api.net.Activation f, int batch) {
    return MockRuntime.builder().layers(D, hashSize).output(f).data(data).batchSize(batch)
        .present(false).train(false).build();
  }

  @Test
  void aHashThatKeepsDistancesScoresOne() {
    Data data = Odours.integers(N, D, 7, 1);
    MockRuntime rt = runtime(data, D, new Activations.Identity(), 16);
    Matrix w = rt.parameters().get("l0->l1.W").value().fill(0f);
    for (int i = 0; i < D; i++) {
      w.set(i, i, 2f);
    }
    rt.install(new OdorPresentation(1, 16, new RawRates(), null))
        .install(new NeighbourMap(null, 30, 0, Map.of("l1", 0.5)));
    rt.runEpochs(1);
    assertEquals(1.0, rt.last("map/l1"), 1e-12);
    assertEquals(0.0, rt.last("map-std/l1"), 1e-12);
    assertEquals(0.5, rt.last("reference/l1"));
  }

  @Test
  void matchesAStraightforwardImplementationOfTheProtocol() {
    Data data = Odours.integers(N, D, 9, 2);
    MockRuntime rt = runtime(data, 12, new AplWinnerTakeAll(3, 1), 16);
    Matrix w = rt.parameters().get("l0->l1.W").value();
    new SparseBinary(2).init(w, Fixtures.rng(4));
    // Every row is a query, so the score does not depend on which queries were drawn.
    rt.install(new OdorPresentation(1, 16, new RawRates(), null)).install(new NeighbourMap(null, N, 0, null));
    rt.runEpochs(1);
    Matrix x = data.test().features();
    Matrix h = new Matrix(N, 12);
    dev.plasticity.api.math.Linalg.gemm(false, true, 1f, x, w, 0f, h);
    new AplWinnerTakeAll(3, 1).apply(h, h);
    double expected = naiveMap(x, h, 10);
    assertEquals(expected, rt.last("map/l1"), 1e-12);
    assertTrue(expected > 0 && expected < 1, "the example should be neither trivial nor hopeless: " + expected);
  }

  @Test
  void binningThatProbesEveryBinRanksLikeTheExhaustiveSearch() {
    double[] scores = new double[2];
    double[] searched = new double[2];
    for (int radius = 0; radius < 2; radius++) {
      Data data = Odours.integers(N, D, 9, 2);
      MockRuntime rt = runtime(data, 12, new AplWinnerTakeAll(3, 1), 16);
      new DenseGaussian(1).init(rt.parameters().get("l0->l1.W").value(), Fixtures.rng(4));
      // Gaussian wiring gives block sums of both signs. 12 cells in blocks of 3: a 4-bit
      // pseudo-hash; radius 4 reaches every bin.
      rt.install(new OdorPresentation(1, 16, new RawRates(), null))
          .install(new NeighbourMap(null, N, 0, null, 3, radius == 0 ? 4 : 0, OdourSet.TEST));
      rt.runEpochs(1);
      scores[radius] = rt.last("map/l1");
      searched[radius] = rt.last("searched/l1");
    }
    Data data = Odours.integers(N, D, 9, 2);
    MockRuntime rt = runtime(data, 12, new AplWinnerTakeAll(3, 1), 16);
    Matrix w = rt.parameters().get("l0->l1.W").value();
    new DenseGaussian(1).init(w, Fixtures.rng(4));
    Matrix h = new Matrix(N, 12);
    dev.plasticity.api.math.Linalg.gemm(false, true, 1f, data.test().features(), w, 0f, h);
    new AplWinnerTakeAll(3, 1).apply(h, h);
    assertEquals(naiveMap(data.test().features(), h, 10), scores[0], 1e-12);
    assertEquals(1.0, searched[0], "every bin probed: every candidate ranked");
    // Only the query's own bin: a fraction of the candidates is ranked (and the authors'
    // AP, averaged over hits only, does not by itself say how many neighbours were lost).
    assertTrue(searched[1] > 0 && searched[1] < 0.9, "searched " + searched[1]);
    assertNotEquals(scores[0], scores[1]);
  }

  @Test
  void repeatsAverageAndFreshQueriesChangeTheScore() {
    Data data = Odours.integers(200, D, 0, 3);
    MockRuntime rt = runtime(data, 12, new AplWinnerTakeAll(3, 1), 50);
    new SparseBinary(2).init(rt.parameters().get("l0->l1.W").value(), Fixtures.rng(4));
    rt.install(new OdorPresentation(3, 50, new RawRates(), null)).install(new NeighbourMap(null, 20, 0, null));
    rt.runEpochs(3);
    List<Double> means = rt.recorded("map/l1");
    assertEquals(3, means.size());
    assertNotEquals(means.get(0), means.get(1), "new queries each evaluation");
    assertTrue(rt.last("map-std/l1") > 0);
  }

  /** The protocol written the obvious way: sort every candidate, boxed, per query. */
  static double naiveMap(Matrix x, Matrix h, int k) {
    int n = x.rows();
    double total = 0;
    for (int q = 0; q < n; q++) {
      List<double[]> in = new ArrayList<>();
      List<double[]> hash = new ArrayList<>();
      for (int j = 0; j < n; j++) {
        double dx = sq(x, q, j);
        if (j == q || dx == 0) {
          continue;
        }
        in.add(new double[] {dx, j});
        hash.add(new double[] {sq(h, q, j), j});
      }
      Comparator<double[]> byDistThenRow = Comparator.<double[]>comparingDouble(e -> e[0]).thenComparingDouble(e -> e[1]);
      in.sort(byDistThenRow);
      hash.sort(byDistThenRow);
      Set<Integer> truth = new HashSet<>();
      for (int i = 0; i < k; i++) {
        truth.add((int) in.get(i)[1]);
      }
      int hits = 0;
      double sum = 0;
      for (int i = 0; i < k; i++) {
        if (truth.contains((int) hash.get(i)[1])) {
          hits++;
          sum += (double) hits / (i + 1);
        }
      }
      total += hits == 0 ? 0 : sum / hits;
    }
    return total / n;
  }

  private static double sq(Matrix m, int a, int b) {
    double s = 0;
    for (int c = 0; c < m.cols(); c++) {
      double d = (double) m.get(a, c) - m.get(b, c);
      s += d * d;
    }
    return s;
  }
}
