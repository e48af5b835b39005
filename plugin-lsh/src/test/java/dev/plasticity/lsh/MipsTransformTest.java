package dev.plasticity.lsh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plasticity.api.math.Matrix;
import dev.plasticity.testkit.Fixtures;
import org.junit.jupiter.api.Test;

/** The asymmetric transforms satisfy the distance and inner-product identities of their papers. */
class MipsTransformTest {
  private static final int D = 8;
  private final Matrix items = skewed();
  private final Matrix query = Fixtures.gaussian(1, D, 1, 2);

  private static Matrix skewed() {
    Matrix m = Fixtures.gaussian(20, D, 1, 1);
    for (int r = 0; r < m.rows(); r++) {
      for (int j = 0; j < D; j++) {
        m.set(r, j, m.get(r, j) * (r + 1)); // norms from about 1 to 20 times
      }
    }
    return m;
  }

  private static double maxNorm(Matrix m) {
    double best = 0;
    for (int r = 0; r < m.rows(); r++) {
      best = Math.max(best, Math.sqrt(MipsTransform.squaredNorm(m.data(), r * m.cols(), m.cols())));
    }
    return best;
  }

  private static double dot(float[] a, int ao, float[] b, int bo, int n) {
    double s = 0;
    for (int i = 0; i < n; i++) {
      s += (double) a[ao + i] * b[bo + i];
    }
    return s;
  }

  @Test
  void queryDirectionIsQUpToAPositiveFactor() {
    MipsTransform[] all = {new L2Alsh(3, 0.83, 2.5), new SignAlsh(2, 0.75), new SimpleLsh(),
        new Symmetric(new SimHash(), 0.83)};
    for (MipsTransform t : all) {
      int e = D + t.extraDims();
      float[] q = new float[e];
      float[] dir = new float[e];
      t.query(query.data(), 0, D, q, 0);
      t.queryDirection(query.data(), 0, D, dir, 0);
      double factor = dot(dir, 0, q, 0, e) / dot(q, 0, q, 0, e);
      assertTrue(factor > 0, t + ": a positive factor");
      for (int i = 0; i < e; i++) {
        assertEquals(factor * q[i], dir[i], 1e-5 * (1 + Math.abs(dir[i])), t + " value " + i);
      }
    }
  }

  @Test
  void l2AlshDistanceIdentity() {
    L2Alsh t = new L2Alsh(3, 0.83, 2.5);
    Transformed s = Transformed.of(t, items, query);
    int e = D + 3;
    double m = maxNorm(items);
    double qNorm = Math.sqrt(MipsTransform.squaredNorm(query.data(), 0, D));
    for (int r = 0; r < items.rows(); r++) {
      double ip = dot(items.data(), r * D, query.data(), 0, D) * 0.83 / m / qNorm;
      double x2 = MipsTransform.squaredNorm(items.data(), r * D, D) * 0.83 * 0.83 / (m * m);
      double expected = 1 + 3 / 4.0 - 2 * ip + Math.pow(x2, 8); // ‖x‖^{2^{m+1}} = (‖x‖²)^{2^m}
      double dist = 0;
      for (int i = 0; i < e; i++) {
        double diff = s.queries().get(0, i) - s.items().get(r, i);
        dist += diff * diff;
      }
      assertEquals(expected, dist, 1e-5, "item " + r);
      assertTrue(Math.sqrt(x2) <= 0.83 + 1e-6, "items scaled to norm <= U");
    }
  }

  @Test
  void signAlshKeepsTheInnerProductAndNearlyTheNorm() {
    SignAlsh t = new SignAlsh(2, 0.75);
    Transformed s = Transformed.of(t, items, query);
    int e = D + 2;
    double m = maxNorm(items);
    double qNorm = Math.sqrt(MipsTransform.squaredNorm(query.data(), 0, D));
    for (int r = 0; r < items.rows(); r++) {
      double ip = dot(items.data(), r * D, query.data(), 0, D) * 0.75 / m / qNorm;
      assertEquals(ip, dot(s.queries().data(), 0, s.items().data(), r * e, e), 1e-5);
      double x2 = MipsTransform.squaredNorm(items.data(), r * D, D) * 0.75 * 0.75 / (m * m);
      double norm2 = x2 + Math.pow(0.5 - x2, 2) + Math.pow(0.5 - x2 * x2, 2);
      assertEquals(norm2, MipsTransform.squaredNorm(s.items().data(), r * e, e), 1e-5);
    }
    assertEquals(1, MipsTransform.squaredNorm(s.queries().data(), 0, e), 1e-5);
  }

  @Test
  void simpleLshPutsItemsOnTheSphereAndTheAngleFollowsTheInnerProduct() {
    Transformed s = Transformed.of(new SimpleLsh(), items, query);
    int e = D + 1;
    double m = maxNorm(items);
    double qNorm = Math.sqrt(MipsTransform.squaredNorm(query.data(), 0, D));
    for (int r = 0; r < items.rows(); r++) {
      assertEquals(1, MipsTransform.squaredNorm(s.items().data(), r * e, e), 1e-5);
      double cos = dot(s.queries().data(), 0, s.items().data(), r * e, e);
      assertEquals(dot(items.data(), r * D, query.data(), 0, D) / (m * qNorm), cos, 1e-5);
    }
  }
}
