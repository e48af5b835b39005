package dev.plasticity.lsh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plasticity.api.config.ConfigException;
import dev.plasticity.api.learn.Parameters;
import dev.plasticity.api.learn.Sgd;
import dev.plasticity.api.math.Matrix;
import dev.plasticity.api.net.Activations;
import dev.plasticity.api.net.Network;
import dev.plasticity.testkit.Fixtures;
import dev.plasticity.testkit.MockRuntime;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The sparse layer computes exactly backprop through the network restricted to the active neurons. */
class SparseLayerTest {
  private static final int D = 6;
  private static final int N = 40;
  private static final int O = 3;
  private static final int B = 5;

  private final Parameters params = new Parameters();
  private final Network net = MockRuntime.mlp(new int[] {D, N, O}, new Activations.Relu(),
      new Activations.Identity(), params, Fixtures.rng(1));
  private SparseLayer layer;

  private void run(Selection selection, double fraction) {
    net.allocate(B);
    net.useRows(B);
    // Biases away from 0 so that relu gates vary.
    System.arraycopy(Fixtures.gaussian(1, N, 0.3, 9).data(), 0, params.get("l0->l1.b").value().data(), 0, N);
    net.input().activity().copyFrom(Fixtures.gaussian(B, D, 1, 2));
    LshSparse spec = new LshSparse(null, new SimHash(), null, 2, 3, 0, 1, fraction, selection, 0, 0);
    layer = SparseLayer.attach(spec, net, Fixtures.rng(3), null);
    layer.rebuild();
    net.forwardAll();
    net.output().error().copyFrom(Fixtures.gaussian(B, O, 1, 4));
    layer.backward();
  }

  @Test
  void forwardAndGradientsMatchTheMaskedDenseNetwork() {
    for (Selection selection : Selection.values()) {
      run(selection, 0.25);
      float[] w1 = params.get("l0->l1.W").value().data();
      float[] b1 = params.get("l0->l1.b").value().data();
      float[] w2 = params.get("l1->l2.W").value().data();
      float[] b2 = params.get("l1->l2.b").value().data();
      Matrix x = net.input().activity();
      Matrix e = net.output().error();
      double[] g1 = new double[N * D];
      double[] g2 = new double[O * N];
      for (int r = 0; r < B; r++) {
        assertTrue(layer.activeCount(r) <= layer.cap(), "at most the cap");
        double[] h = new double[N];
        boolean[] on = new boolean[N];
        for (int i = 0; i < layer.activeCount(r); i++) {
          int j = layer.activeNeuron(r, i);
          on[j] = true;
          double a = b1[j];
          for (int k = 0; k < D; k++) {
            a += w1[j * D + k] * x.get(r, k);
          }
          h[j] = Math.max(0, a);
        }
        for (int j = 0; j < N; j++) {
          assertEquals(on[j] ? h[j] : 0, net.population("l1").activity().get(r, j), 1e-5, "h " + j);
        }
        for (int c = 0; c < O; c++) {
          double a = b2[c];
          for (int j = 0; j < N; j++) {
            a += w2[c * N + j] * h[j];
            g2[c * N + j] += e.get(r, c) * h[j];
          }
          assertEquals(a, net.output().pre().get(r, c), 1e-4, "output " + c);
        }
        for (int j = 0; j < N; j++) {
          if (!on[j] || h[j] <= 0) {
            continue;
          }
          double dh = 0;
          for (int c = 0; c < O; c++) {
            dh += e.get(r, c) * w2[c * N + j];
          }
          for (int k = 0; k < D; k++) {
            g1[j * D + k] += dh * x.get(r, k);
          }
        }
      }
      float[] got1 = params.get("l0->l1.W").grad().data();
      float[] got2 = params.get("l1->l2.W").grad().data();
      for (int i = 0; i < g1.length; i++) {
        assertEquals(g1[i], got1[i], 1e-4, selection + " dW1[" + i + "]");
      }
      for (int i = 0; i < g2.length; i++) {
        assertEquals(g2[i], got2[i], 1e-4, selection + " dW2[" + i + "]");
      }
    }
  }

  /** Trains a fresh network {@code steps} batches; with {@code lazy}, W1 gets the lazy optimizer. */
  private static float[] train(boolean lazy, int steps) {
    Parameters ps = new Parameters();
    Network n = MockRuntime.mlp(new int[] {D, N, O}, new Activations.Relu(), new Activations.Identity(), ps,
        Fixtures.rng(1));
    n.allocate(B);
    n.useRows(B);
    Sgd sgd = new Sgd(0.05, 0.9, 0);
    LshSparse spec = new LshSparse(null, new SimHash(), null, 2, 3, 0, 1, 0.25, Selection.HITS, 0, 0);
    SparseLayer s = SparseLayer.attach(spec, n, Fixtures.rng(3), lazy ? sgd : null);
    s.rebuild();
    for (int t = 0; t < steps; t++) {
      n.input().activity().copyFrom(Fixtures.gaussian(B, D, 1, 10 + t));
      n.forwardAll();
      n.output().error().copyFrom(Fixtures.gaussian(B, O, 1, 100 + t));
      s.backward();
      for (var p : ps.all()) {
        if (p.hasFreshGradient()) {
          (p.optimizer() != null ? p.optimizer() : sgd).update(p);
        }
      }
    }
    s.catchUp();
    return ps.get("l0->l1.W").value().data().clone();
  }

  @Test
  void lazyRowStepsTrainAsTheDenseOptimizerDoes() {
    float[] dense = train(false, 25);
    float[] lazy = train(true, 25);
    float[] start = train(false, 0);
    assertTrue(!java.util.Arrays.equals(dense, start), "the weights moved");
    for (int i = 0; i < dense.length; i++) {
      assertEquals(dense[i], lazy[i], 1e-4, "W1[" + i + "]");
    }
  }

  @Test
  void aDeeperNetworkIsRefusedAsBadInputNamingItsProjections() {
    Network deep = MockRuntime.mlp(new int[] {D, N, 7, O}, new Activations.Relu(), new Activations.Identity(),
        new Parameters(), Fixtures.rng(1));
    deep.allocate(B);
    LshSparse spec = new LshSparse(null, new SimHash(), null, 2, 3, 0, 1, 0.25, Selection.HITS, 0, 0);
    ConfigException e = assertThrows(ConfigException.class, () -> SparseLayer.attach(spec, deep, Fixtures.rng(3), null));
    assertTrue(e.getMessage().contains("input -> l1 -> output") && e.getMessage().contains("l1 -> l2, l2 -> l3"),
        e.getMessage());
  }

  @Test
  void multiplicationsAreCountedFromTheActiveSets() {
    run(Selection.HITS, 0.25);
    Map<String, Double> rec = new HashMap<>();
    layer.record(rec::put);
    long active = 0;
    for (int r = 0; r < B; r++) {
      active += layer.activeCount(r);
    }
    int live = 0; // active neurons whose relu passed an error on: only they get a weight gradient
    for (int r = 0; r < B; r++) {
      for (int i = 0; i < layer.activeCount(r); i++) {
        if (net.population("l1").pre().get(r, layer.activeNeuron(r, i)) > 0
            && net.population("l1").error().get(r, layer.activeNeuron(r, i)) != 0) {
          live++;
        }
      }
    }
    long hashing = (long) B * 2 * 3 * (D + 1) + (long) N * 2 * 3 * (D + 1); // queries + the build
    long expected = hashing + active * D + active * O + 2 * active * O + (long) live * D;
    assertEquals(expected / (double) B, rec.get("lsh/mults-per-sample"), 1e-9);
    assertEquals(2.0 * N * D + 3.0 * N * O, rec.get("lsh/dense-mults-per-sample"), 1e-9);
    assertEquals(active / (double) (B * N), rec.get("lsh/active-fraction"), 1e-12);
  }
}
