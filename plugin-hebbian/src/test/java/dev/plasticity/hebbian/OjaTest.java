package dev.plasticity.hebbian;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plasticity.api.math.Matrix;
import dev.plasticity.testkit.MockRuntime;
import org.junit.jupiter.api.Test;

class OjaTest {
  @Test
  void oneUpdateByHand() {
    // w = (1, 0), batch x1 = (1, 2), x2 = (0, 1): y = (1, 0).
    // Δw = η/2 [ y1 (x1 − y1 w) + y2 (x2 − y2 w) ] = η/2 (0, 2) = (0, η) with η = 0.1.
    Matrix w = Rules.afterOneUpdate(new Oja(0.1, 0.1), Matrix.row(1, 0), Matrix.wrap(new float[] {1, 2, 0, 1}, 2, 2));
    assertArrayEquals(new float[] {1, 0.1f}, w.data(), 1e-7f);
  }

  @Test
  void convergesToTheFirstPrincipalComponentWithUnitNorm() {
    Presentation p = new Presentation(new GaussianComponents(16, 1.5), new Oja(0.05, 0.1), 50, 100, 10);
    MockRuntime rt = Rules.presenting(p, 3).install(new PrincipalCosine());
    Rules.runAll(rt, p);
    double cos = rt.last("pc-cosine/0");
    double norm = rt.last("w-norm/0");
    assertTrue(cos >= 0.99, "cosine to PC1 " + cos);
    assertEquals(1, norm, 0.02, "norm");
    // A random start is far from PC1: the first epoch's cosine is below the last.
    assertTrue(rt.recorded("pc-cosine/0").get(0) < cos, rt.recorded("pc-cosine/0").toString());
  }

  @Test
  void sameSeedSameWeights() {
    Presentation p = new Presentation(new GaussianComponents(8, 1.5), new Oja(0.02, 0.1), 20, 10, 1);
    float[] a = Rules.weights(Rules.runAll(Rules.presenting(p, 5), p)).data();
    float[] b = Rules.weights(Rules.runAll(Rules.presenting(p, 5), p)).data();
    assertArrayEquals(a, b);
  }
}
