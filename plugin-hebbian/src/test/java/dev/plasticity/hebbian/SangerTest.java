package dev.plasticity.hebbian;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plasticity.api.math.Matrix;
import dev.plasticity.testkit.MockRuntime;
import dev.plasticity.testkit.Resumption;
import org.junit.jupiter.api.Test;

class SangerTest {
  @Test
  void oneUpdateByHand() {
    // W = [[1, 0], [0, 1]], one sample x = (1, 2): y = (1, 2), y xᵀ = [[1, 2], [2, 4]],
    // LT(y yᵀ) = [[1, 0], [2, 4]], LT(y yᵀ) W = [[1, 0], [2, 4]], ΔW = η [[0, 2], [0, 0]].
    Matrix w0 = Matrix.wrap(new float[] {1, 0, 0, 1}, 2, 2);
    Matrix w = Rules.afterOneUpdate(new Sanger(2, 0.5, 0.1), w0, Matrix.row(1, 2));
    assertArrayEquals(new float[] {1, 1, 0, 1}, w.data(), 1e-7f);
  }

  @Test
  void findsTheTopFourSubspace() {
    Presentation p = new Presentation(new GaussianComponents(16, 1.5), new Sanger(4, 0.05, 0.1), 50, 200, 15);
    MockRuntime rt = Rules.presenting(p, 3).install(new SubspaceAngle()).install(new PrincipalCosine());
    Rules.runAll(rt, p);
    double angle = rt.last("subspace-angle");
    assertTrue(angle < 5, "largest principal angle " + angle + " degrees");
    assertTrue(rt.recorded("subspace-angle").get(0) > angle, rt.recorded("subspace-angle").toString());
    // The rows come in order: row i is the i-th component.
    for (int i = 0; i < 4; i++) {
      assertTrue(rt.last("pc-cosine/" + i) > 0.95, "row " + i + ": " + rt.last("pc-cosine/" + i));
    }
  }

  @Test
  void resumesExactly() {
    Presentation p = new Presentation(new GaussianComponents(8, 1.5), new Sanger(3, 0.05, 0.1), 20, 10, 3);
    Resumption.assertExact(() -> Rules.presenting(p, 2).install(new SubspaceAngle()), new long[] {3, 14}, 30, "sanger");
  }
}
