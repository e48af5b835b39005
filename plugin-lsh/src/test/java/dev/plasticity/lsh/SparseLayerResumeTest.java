package dev.plasticity.lsh;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.plasticity.api.learn.Parameter;
import dev.plasticity.api.learn.Parameters;
import dev.plasticity.api.learn.Sgd;
import dev.plasticity.api.math.Rng;
import dev.plasticity.api.net.Activations;
import dev.plasticity.api.net.Network;
import dev.plasticity.api.sim.StateMap;
import dev.plasticity.testkit.Fixtures;
import dev.plasticity.testkit.MockRuntime;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A layer restored from a mid-run checkpoint (its tables' functions and codes, the lazy
 * optimizer's step counts, the parameters and random streams the runtime keeps) goes on
 * exactly as the uninterrupted one: its tick-0 build is not repeated on resume.
 */
class SparseLayerResumeTest {
  private static final int D = 6;
  private static final int N = 40;
  private static final int O = 3;
  private static final int B = 5;
  private static final Sgd SGD = new Sgd(0.05, 0.9, 0);

  private final class Run {
    final Parameters params = new Parameters();
    final Network net = MockRuntime.mlp(new int[] {D, N, O}, new Activations.Relu(), new Activations.Identity(),
        params, Fixtures.rng(1));
    final Rng rng = new Rng(3);
    final SparseLayer layer;

    Run(boolean oneBit) {
      net.allocate(B);
      net.useRows(B);
      LshSparse spec = oneBit
          ? new LshSparse(null, new SparseRandomProjection(0.5), new SimpleLsh(), 1, 24, 0, 0, 0.25, Selection.HITS, 0, 4)
          : new LshSparse(null, new SimHash(), null, 2, 3, 4, 1, 0.25, Selection.HITS, 0, 4);
      layer = SparseLayer.attach(spec, net, rng, SGD);
    }

    void step(int t) {
      if (t > 0 && t % 4 == 0) {
        layer.rehash();
      }
      net.input().activity().copyFrom(Fixtures.gaussian(B, D, 1, 10 + t));
      net.forwardAll();
      net.output().error().copyFrom(Fixtures.gaussian(B, O, 1, 100 + t));
      layer.backward();
      for (Parameter p : params.all()) {
        if (p.hasFreshGradient()) {
          (p.optimizer() != null ? p.optimizer() : SGD).update(p);
        }
      }
    }

    Map<String, float[]> snapshot() {
      Map<String, float[]> m = new HashMap<>();
      for (Parameter p : params.all()) {
        m.put(p.name(), p.value().data().clone());
        p.slots().forEach((k, v) -> m.put(p.name() + "/" + k, v.clone()));
      }
      return m;
    }

    void restore(Map<String, float[]> m) {
      for (Parameter p : params.all()) {
        System.arraycopy(m.get(p.name()), 0, p.value().data(), 0, p.value().size());
        if (m.containsKey(p.name() + "/momentum")) {
          System.arraycopy(m.get(p.name() + "/momentum"), 0, p.slot("momentum"), 0, p.value().size());
        }
      }
    }
  }

  private void resumesExactly(boolean oneBit) {
    Run whole = new Run(oneBit);
    whole.layer.rebuild();
    for (int t = 0; t < 7; t++) {
      whole.step(t);
    }
    Map<String, float[]> params = whole.snapshot();
    StateMap tables = new StateMap();
    whole.layer.saveState(tables);
    StateMap lazy = new StateMap();
    whole.layer.lazyOptimizer().saveState(lazy);
    long[] stream = whole.rng.state();
    for (int t = 7; t < 13; t++) {
      whole.step(t);
    }

    Run resumed = new Run(oneBit); // as the runtime restores: parameters, streams, then kept states
    resumed.restore(params);
    resumed.rng.restore(stream);
    resumed.layer.lazyOptimizer().restoreState(lazy);
    resumed.layer.restoreState(tables);
    for (int t = 7; t < 13; t++) {
      resumed.step(t);
    }
    Map<String, float[]> a = whole.snapshot();
    Map<String, float[]> b = resumed.snapshot();
    assertFalse(java.util.Arrays.equals(params.get("l0->l1.W"), a.get("l0->l1.W")), "trained on after the checkpoint");
    for (String k : a.keySet()) {
      assertArrayEquals(a.get(k), b.get(k), 0f, k + (oneBit ? " (popcount path)" : " (buckets)"));
    }
  }

  @Test
  void bucketTablesResumeExactly() {
    resumesExactly(false);
  }

  @Test
  void oneBitTablesResumeExactly() {
    resumesExactly(true);
  }
}
