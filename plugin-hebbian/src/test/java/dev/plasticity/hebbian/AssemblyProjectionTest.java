package dev.plasticity.hebbian;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plasticity.testkit.MockRuntime;
import dev.plasticity.testkit.Resumption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AssemblyProjectionTest {
  private static MockRuntime running(AssemblyProjection a, long seed) {
    return MockRuntime.builder().seed(seed).present(false).train(false).build().install(a);
  }

  private static float[] weights(MockRuntime rt) {
    return rt.parameters().get(AssemblyProjection.WEIGHTS).value().data();
  }

  @Test
  void twoRoundsByHand() {
    // p = 1: stimulus neuron s → area neurons 0, 1, 2; each area neuron → the other two; all weights 1.
    // Round 0: inputs (1, 1, 1), the tie goes to neuron 0; s→0 grows to 1.5 (β = 0.5).
    // Round 1: inputs (1.5, 1 + 1, 1 + 1) from s and from 0: neuron 1 fires; s→1 and 0→1 grow.
    MockRuntime rt = running(new AssemblyProjection(3, 1, 1, 0.5, 1, 2, 1, 1), 1);
    rt.runTicks(1);
    assertArrayEquals(new float[] {1.5f, 1, 1, 1, 1, 1, 1, 1, 1}, weights(rt));
    rt.runTicks(1);
    // rows: s → (0, 1, 2); 0 → (1, 2); 1 → (0, 2); 2 → (0, 1)
    assertArrayEquals(new float[] {1.5f, 1.5f, 1, 1.5f, 1, 1, 1, 1, 1}, weights(rt));
  }

  @ParameterizedTest
  @ValueSource(longs = {7, 8, 9})
  void theAssemblyConvergesWithinTwentyRoundsAndHalfTheStimulusRecallsIt(long seed) {
    // The size: n = 10,000, k = 100.
    AssemblyProjection a = new AssemblyProjection(10_000, 100, 0.01, 0.1, 5, 8, 0.5, 5);
    MockRuntime rt = running(a, seed).runTicks(40);
    double last = rt.last("assembly/last-growth-round");
    assertTrue(last >= 0 && last < 20, "support last grew at round " + last);
    assertTrue(rt.last("assembly/recall") >= 0.9, "recall " + rt.last("assembly/recall"));
    assertTrue(rt.last("assembly/support") < 10 * 100, "support " + rt.last("assembly/support"));
  }

  @Test
  void withoutPlasticityTheSupportKeepsGrowing() {
    AssemblyProjection a = new AssemblyProjection(10_000, 100, 0.01, 0, 5, 8, 0.5, 5);
    MockRuntime rt = running(a, 7).runTicks(40);
    assertTrue(rt.last("assembly/last-growth-round") >= 30, "last growth " + rt.last("assembly/last-growth-round"));
    assertTrue(rt.last("assembly/recall") < 0.9, "recall " + rt.last("assembly/recall"));
  }

  @Test
  void resumesExactly() {
    AssemblyProjection a = new AssemblyProjection(500, 20, 0.05, 0.1, 4, 4, 0.5, 3);
    Resumption.assertExact(() -> running(a, 3), new long[] {2, 7}, 16, "assembly-projection");
  }
}
