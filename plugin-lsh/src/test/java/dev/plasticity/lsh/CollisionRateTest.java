package dev.plasticity.lsh;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.plasticity.api.math.Matrix;
import dev.plasticity.api.math.Rng;
import dev.plasticity.testkit.Fixtures;
import org.junit.jupiter.api.Test;

/** Collision rates of drawn functions match the families' theory on random pairs. */
class CollisionRateTest {
  private static final int DIM = 20;
  private static final int FUNCTIONS = 4000;

  /** Fraction of the functions on which rows 0 and 1 of {@code pair} agree. */
  private static double collisionRate(HashFamily family, Matrix pair, long seed) {
    Hasher h = family.draw(DIM, FUNCTIONS, Fixtures.rng(seed));
    int[] codes = new int[2 * FUNCTIONS];
    h.hash(pair, codes, null, null);
    int same = 0;
    for (int j = 0; j < FUNCTIONS; j++) {
      if (codes[j] == codes[FUNCTIONS + j]) {
        same++;
      }
    }
    return same / (double) FUNCTIONS;
  }

  /** Two Gaussian vectors, the second scaled to length {@code scale} of the first's difference. */
  private static Matrix randomPair(Rng rng) {
    Matrix m = new Matrix(2, DIM);
    for (int i = 0; i < m.size(); i++) {
      m.data()[i] = (float) rng.nextGaussian();
    }
    return m;
  }

  @Test
  void simHashCollidesWithProbabilityOneMinusAngleOverPi() {
    Rng rng = Fixtures.rng(3);
    for (int trial = 0; trial < 10; trial++) {
      Matrix pair = randomPair(rng);
      // Mix the second vector towards the first so the angles spread over (0, π/2].
      float mix = trial / 10f;
      for (int j = 0; j < DIM; j++) {
        pair.set(1, j, mix * pair.get(0, j) + (1 - mix) * pair.get(1, j));
      }
      double cos = dot(pair, 0, 1) / Math.sqrt(dot(pair, 0, 0) * dot(pair, 1, 1));
      double expected = 1 - Math.acos(cos) / Math.PI;
      // 4000 Bernoulli draws: standard error ≤ 0.008; 0.03 is almost four of them.
      assertEquals(expected, collisionRate(new SimHash(), pair, 100 + trial), 0.03, "angle " + Math.acos(cos));
    }
  }

  @Test
  void l2LshCollidesAsThePStableFormulaSays() {
    Rng rng = Fixtures.rng(5);
    double r = 2.5;
    for (double distance : new double[] {0.5, 1, 2, 4, 8}) {
      Matrix pair = randomPair(rng);
      double[] dir = new double[DIM];
      double norm = 0;
      for (int j = 0; j < DIM; j++) {
        dir[j] = rng.nextGaussian();
        norm += dir[j] * dir[j];
      }
      for (int j = 0; j < DIM; j++) {
        pair.set(1, j, (float) (pair.get(0, j) + distance * dir[j] / Math.sqrt(norm)));
      }
      double expected = L2Lsh.collisionProbability(distance, r);
      assertEquals(expected, collisionRate(new L2Lsh(r), pair, (long) (distance * 10)), 0.03, "distance " + distance);
    }
  }

  @Test
  void thePStableFormulaHasItsLimits() {
    assertEquals(1, L2Lsh.collisionProbability(1e-6, 2.5), 1e-4);
    assertEquals(0, L2Lsh.collisionProbability(1e6, 2.5), 1e-4);
    assertEquals(0.5, L2Lsh.normalCdf(0), 1e-7);
    assertEquals(0.975, L2Lsh.normalCdf(1.959964), 1e-6);
  }

  @Test
  void sparseRandomProjectionAgreesMoreOnCloserVectors() {
    Rng rng = Fixtures.rng(9);
    Matrix near = randomPair(rng);
    Matrix far = near.copy();
    for (int j = 0; j < DIM; j++) {
      near.set(1, j, near.get(0, j) + 0.2f * (float) rng.nextGaussian());
      far.set(1, j, -far.get(0, j) + 0.2f * (float) rng.nextGaussian());
    }
    SparseRandomProjection srp = new SparseRandomProjection(0.3);
    double closeRate = collisionRate(srp, near, 1);
    double farRate = collisionRate(srp, far, 1);
    assertEquals(1.0, closeRate, 0.15);
    assertEquals(0.0, farRate, 0.15);
  }

  @Test
  void wtaDependsOnTheOrderOfValuesOnly() {
    Matrix pair = randomPair(Fixtures.rng(4));
    for (int j = 0; j < DIM; j++) {
      float v = pair.get(0, j);
      pair.set(1, j, 3 * v * v * v + 1); // strictly increasing: the same order
    }
    assertEquals(1.0, collisionRate(new Wta(6), pair, 2), 0.0);
    Matrix reversed = pair.copy();
    for (int j = 0; j < DIM; j++) {
      reversed.set(1, j, -pair.get(0, j));
    }
    assertEquals(0.0, collisionRate(new Wta(6), reversed, 2), 0.0);
  }

  @Test
  void densifiedWtaGivesSparseInputsEveryHash() {
    Matrix x = new Matrix(1, DIM);
    x.set(0, 3, 2f); // a single non-zero coordinate: most bins are empty
    Hasher h = new DensifiedWta(4).draw(DIM, 64, Fixtures.rng(1));
    int[] codes = new int[64];
    h.hash(x, codes, null, null);
    for (int c : codes) {
      assertEquals(true, c >= 0, "every bin borrowed a code");
    }
  }

  private static double dot(Matrix m, int a, int b) {
    double s = 0;
    for (int j = 0; j < m.cols(); j++) {
      s += (double) m.get(a, j) * m.get(b, j);
    }
    return s;
  }
}
