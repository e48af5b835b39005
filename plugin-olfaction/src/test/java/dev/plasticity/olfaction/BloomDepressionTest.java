package dev.plasticity.olfaction;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.plasticity.api.data.Data;
import dev.plasticity.api.data.Dataset;
import dev.plasticity.api.math.Matrix;
import dev.plasticity.api.net.Activations;
import dev.plasticity.testkit.MockRuntime;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * Three odours, one per tick, through 4 Kenyon cells with hand-set wiring
 * (kc0 = x0, kc1 = x1, kc2 = x2, kc3 = x0 + x1) and 2 winners each:
 * A = (3, 2, 0) activates {kc0, kc3}; B = (0, 1, 4) activates {kc2, kc1} (kc1 wins its tie
 * with kc3 by index). Presented A, B, A with depression 0.5.
 */
class BloomDepressionTest {
  private static final float[] ODOURS = {3, 2, 0, 0, 1, 4, 3, 2, 0};

  private static MockRuntime circuit(int outputs, int[] labels) {
    return circuit(outputs, labels, 1, null);
  }

  /** The hand-wired circuit presenting the odours of {@code classes} (all when null), {@code batch} per tick. */
  private static MockRuntime circuit(int outputs, int[] labels, int batch, java.util.List<Integer> classes) {
    Data data = new Data(new Dataset("abc", Matrix.wrap(ODOURS.clone(), 3, 3), labels, 2),
        new Dataset("abc", Matrix.wrap(ODOURS.clone(), 3, 3), labels, 2));
    MockRuntime rt = MockRuntime.builder().layers(3, 4, outputs).hidden(new AplWinnerTakeAll(2, 0, true))
        .output(new Activations.Identity()).data(data).batchSize(batch).present(false).train(false).build();
    Matrix w = rt.parameters().get("l0->l1.W").value().fill(0f);
    w.set(0, 0, 1);
    w.set(1, 1, 1);
    w.set(2, 2, 1);
    w.set(3, 0, 1);
    w.set(3, 1, 1);
    rt.parameters().get("l1->l2.W").value().fill(1f);
    rt.install(new OdorPresentation(1, batch, new RawRates(), null, OdourSet.TRAIN, classes,
        new BloomDepression(null, 0.5)));
    return rt;
  }

  private static float[] weights(MockRuntime rt) {
    return Arrays.copyOf(rt.parameters().get("l1->l2.W").value().data(), rt.parameters().get("l1->l2.W").value().size());
  }

  @Test
  void activeSynapsesAreDepressedOdourByOdour() {
    MockRuntime rt = circuit(1, new int[] {0, 0, 0});
    rt.runTicks(1);
    assertArrayEquals(new float[] {0.5f, 1, 1, 0.5f}, weights(rt), "after A");
    rt.runTicks(1);
    assertArrayEquals(new float[] {0.5f, 0.5f, 0.5f, 0.5f}, weights(rt), "after A, B");
    rt.runTicks(1);
    assertArrayEquals(new float[] {0.25f, 0.5f, 0.5f, 0.25f}, weights(rt), "after A, B, A");
  }

  @Test
  void theScoreIsTheMeanSynapseOverActiveCells() {
    MockRuntime rt = circuit(1, new int[] {0, 0, 0});
    rt.runTicks(3);
    BloomSynapses syn = BloomSynapses.of(rt.network(), null);
    // The last tick presented A: its active cells kc0 and kc3 are at 0.25.
    assertEquals(0.25, syn.score(0, 0), 1e-12);
  }

  @Test
  void withOneOutputPerClassOnlyTheLabelsNeuronLearns() {
    MockRuntime rt = circuit(2, new int[] {0, 1, 0});
    rt.runTicks(3);
    assertArrayEquals(new float[] {0.25f, 1, 1, 0.25f, 1, 0.5f, 0.5f, 1}, weights(rt));
  }

  @Test
  void flyNnPicksTheLeastNovelClassAndTheBaselineTheNearestHash() {
    MockRuntime rt = circuit(2, new int[] {0, 1, 0});
    rt.install(new FlyNnAccuracy(new RawRates(), null, true));
    rt.runTicks(3);
    assertEquals(1.0, rt.last("flynn-accuracy"));
    assertEquals(1.0, rt.last("nn-accuracy"));
  }

  @Test
  void noveltyOfUnpresentedClassesRanksAbove() {
    // Only class 0 (A) is presented; B is the novel odour and scores 1 against A's 0.25.
    MockRuntime rt = circuit(1, new int[] {0, 1, 0}, 2, java.util.List.of(0));
    rt.install(new NoveltyAuc(new RawRates(), null));
    // The mocked timeline is planned over all three rows (two ticks); the second presents nothing.
    rt.runTicks(2);
    assertEquals(1.0, rt.last("novelty-auc"));
    assertEquals(0.25, rt.last("novelty/seen"), 1e-12);
    assertEquals(1.0, rt.last("novelty/unseen"), 1e-12);
  }

  @Test
  void aucCountsPairsAndHalfTies() {
    assertEquals(0.875, NoveltyAuc.auc(new double[] {0.9, 0.8}, 2, new double[] {0.8, 0.1}, 2), 1e-15);
    assertEquals(1.0, NoveltyAuc.auc(new double[] {3, 4}, 2, new double[] {1, 2, 2.5}, 3), 1e-15);
    assertEquals(0.5, NoveltyAuc.auc(new double[] {1, 1}, 2, new double[] {1}, 1), 1e-15);
    assertEquals(0.0, NoveltyAuc.auc(new double[] {0}, 1, new double[] {1, 2}, 2), 1e-15);
  }
}
