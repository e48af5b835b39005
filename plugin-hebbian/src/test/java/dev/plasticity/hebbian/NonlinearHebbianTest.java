package dev.plasticity.hebbian;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plasticity.api.math.Linalg;
import dev.plasticity.api.math.Matrix;
import dev.plasticity.hebbian.NonlinearHebbian.Nonlinearity;
import dev.plasticity.testkit.MockRuntime;
import dev.plasticity.testkit.Resumption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NonlinearHebbianTest {
  @Test
  void oneUpdateByHand() {
    // One unit, w = (1, 0), z = (1, 1), g = y³: y = 1, Δw = η g(y) z = 0.5 (1, 1), w = (1.5, 0.5),
    // then normalised (one unit: (w wᵀ)^(−1/2) = 1/‖w‖): (1.5, 0.5) / √2.5.
    Matrix w = Rules.afterOneUpdate(new NonlinearHebbian(1, 0.5, Nonlinearity.CUBE, 1), Matrix.row(1, 0), Matrix.row(1, 1));
    double norm = Math.sqrt(2.5);
    assertArrayEquals(new float[] {(float) (1.5 / norm), (float) (0.5 / norm)}, w.data(), 1e-6f);
  }

  @Test
  void tanhDescendsAndTheUnitsStayOrthonormal() {
    // Two units, W = I, z = (1, 2), tanh with γ = −1: W' = I − η tanh(y) zᵀ, then (W'W'ᵀ)^(−1/2) W'.
    Matrix w = Rules.afterOneUpdate(new NonlinearHebbian(2, 0.1, Nonlinearity.TANH, 1),
        Matrix.wrap(new float[] {1, 0, 0, 1}, 2, 2), Matrix.row(1, 2));
    Matrix g = new Matrix(2, 2);
    Linalg.gemm(false, true, 1f, w, w, 0f, g);
    assertArrayEquals(new float[] {1, 0, 0, 1}, g.data(), 1e-5f);
    // The symmetric orthogonalisation is the orthogonal matrix nearest W': it moves W' least,
    // so row 0 keeps its negative second entry (−0.2·tanh(1)) in sign.
    assertTrue(w.get(0, 1) < 0, w.toString());
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3})
  void recoversFourLaplacianSources(long seed) {
    Presentation p = new Presentation(new LaplacianMixture(4),
        new NonlinearHebbian(4, 0.05, Nonlinearity.TANH, 1), 10, 200, 10);
    MockRuntime rt = Rules.presenting(p, seed).install(new AmariIndex());
    Rules.runAll(rt, p);
    double index = rt.last("amari-index");
    assertTrue(index < 0.1, "Amari index " + index);
    assertTrue(rt.recorded("amari-index").get(0) > 0.1, "it starts unmixed only by luck: " + rt.recorded("amari-index"));
  }

  @Test
  void theWhitenedMixingIsOrthogonal() {
    MockRuntime rt = MockRuntime.builder().present(false).train(false).build();
    new LaplacianMixture(4).prepare(rt.context(), 1);
    Matrix m = Rules.truth(rt);
    Matrix g = new Matrix(4, 4);
    Linalg.gemm(false, true, 1f, m, m, 0f, g);
    for (int i = 0; i < 4; i++) {
      for (int j = 0; j < 4; j++) {
        assertEquals(i == j ? 1 : 0, g.get(i, j), 1e-5, "M Mᵀ at " + i + "," + j);
      }
    }
  }

  @Test
  void resumesExactly() {
    Presentation p = new Presentation(new LaplacianMixture(3), new NonlinearHebbian(3, 0.05, Nonlinearity.TANH, 1), 10, 10, 3);
    Resumption.assertExact(() -> Rules.presenting(p, 2).install(new AmariIndex()), new long[] {3, 14}, 30, "nonlinear-hebbian");
  }
}
