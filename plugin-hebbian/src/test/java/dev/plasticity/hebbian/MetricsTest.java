package dev.plasticity.hebbian;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plasticity.api.config.ConfigException;
import dev.plasticity.api.math.Matrix;
import dev.plasticity.testkit.MockRuntime;
import org.junit.jupiter.api.Test;

class MetricsTest {
  @Test
  void theLargestPrincipalAngleOfAPlaneTurnedBy30Degrees() {
    // Truth: e1, e2, e3. W spans e1 and cos30 e2 + sin30 e3 (not normalised, not orthogonal).
    Matrix truth = Matrix.wrap(new float[] {1, 0, 0, 0, 1, 0, 0, 0, 1}, 3, 3);
    double c = Math.cos(Math.toRadians(30));
    double s = Math.sin(Math.toRadians(30));
    Matrix w = Matrix.wrap(new float[] {2, 0, 0, 1, (float) c, (float) s}, 2, 3);
    assertEquals(30, SubspaceAngle.largestAngleDegrees(w, truth), 1e-4);
  }

  @Test
  void amariIndexIsZeroForAScaledPermutationAndLargeForAnEvenMix() {
    Matrix truth = Matrix.wrap(new float[] {1, 0, 0, 1}, 2, 2);
    assertEquals(0, AmariIndex.of(Matrix.wrap(new float[] {0, -3, 2, 0}, 2, 2), truth), 1e-12);
    // P = [[1, 1], [1, -1]]: each row and column sums to twice its max: (1 + 1 + 1 + 1) / (2·2·1) = 1.
    assertEquals(1, AmariIndex.of(Matrix.wrap(new float[] {1, 1, 1, -1}, 2, 2), truth), 1e-12);
  }

  @Test
  void aMetricWithoutTheWeightsItComparesIsBadInput() {
    MockRuntime rt = MockRuntime.builder().present(false).train(false).build();
    ConfigException e = assertThrows(ConfigException.class, () -> new AmariIndex().install(rt.context()));
    assertTrue(e.getMessage().contains("no parameter 'hebbian.W'") && e.getMessage().contains("hebbian-presentation"),
        e.getMessage());
  }

  @Test
  void theAmariIndexRefusesFewerUnitsThanSources() {
    Presentation p = new Presentation(new LaplacianMixture(4),
        new NonlinearHebbian(3, 0.05, NonlinearHebbian.Nonlinearity.TANH, 1), 10, 5, 1);
    MockRuntime rt = Rules.presenting(p, 1);
    ConfigException e = assertThrows(ConfigException.class, () -> new AmariIndex().install(rt.context()));
    assertEquals("the Amari index needs as many units as sources, got 3 units and 4 sources", e.getMessage());
  }

  @Test
  void eigenvaluesMustBeDistinct() {
    ConfigException e = assertThrows(ConfigException.class, () -> new GaussianComponents(4, 1));
    assertEquals("ratio", e.field());
  }
}
