package dev.plasticity.api.net;

import static dev.plasticity.api.net.Conv2dTest.assertClose;
import static dev.plasticity.api.net.Conv2dTest.random;
import static dev.plasticity.api.net.Conv2dTest.row;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.plasticity.api.config.ConfigException;
import dev.plasticity.api.math.Matrix;
import dev.plasticity.api.math.Rng;
import org.junit.jupiter.api.Test;

/** max-pool and avg-pool against {@link ReferenceOps}, with and without padding and overlap. */
class PoolingTest {
  private static final int BATCH = 2;

  private void check(boolean max, int c, int h, int w, int k, int stride, int pad) {
    Rng rng = new Rng(h * 31 + k * 7 + stride + pad + (max ? 100 : 0));
    ReferenceOps.Geometry g = new ReferenceOps.Geometry(c, h, w, k, stride, pad);
    Shape s = Shape.image(c, h, w);
    Shape t = Shape.image(c, g.oh(), g.ow());
    Operator spec = max ? new MaxPool(k, stride, pad) : new AvgPool(k, stride, pad);
    BoundOperator op = spec.bind(s, t);
    assertFalse(op.hasWeights());
    Matrix x = random(BATCH, s.size(), rng);
    Matrix y = new Matrix(BATCH, t.size()).fill(9f);
    op.forward(x, null, y, false);
    Matrix dy = random(BATCH, t.size(), rng);
    Matrix dx = new Matrix(BATCH, s.size()).fill(9f);
    op.backward(dy, null, x, dx, false);
    for (int n = 0; n < BATCH; n++) {
      double[] xs = row(x, n);
      double[] dys = row(dy, n);
      double[] yRef;
      double[] dxRef = new double[s.size()];
      if (max) {
        int[] win = ReferenceOps.maxWinners(g, xs);
        yRef = new double[t.size()];
        for (int i = 0; i < win.length; i++) {
          yRef[i] = xs[win[i]];
          dxRef[win[i]] += dys[i];
        }
      } else {
        yRef = ReferenceOps.avg(g, xs);
        ReferenceOps.avgBack(g, dys, dxRef);
      }
      assertClose(yRef, y, n, "y");
      assertClose(dxRef, dx, n, "dx");
    }
  }

  @Test
  void maxPoolMatchesTheReference() {
    check(true, 3, 8, 8, 2, 2, 0);
    check(true, 2, 7, 5, 3, 2, 1);
    check(true, 1, 6, 6, 3, 1, 0);
  }

  @Test
  void avgPoolMatchesTheReference() {
    check(false, 3, 8, 8, 2, 2, 0);
    check(false, 2, 7, 5, 3, 2, 1);
    check(false, 1, 6, 6, 3, 1, 0);
  }

  @Test
  void strideDefaultsToTheKernel() {
    BoundOperator op = new MaxPool(2, null, 0).bind(Shape.image(6, 28, 28), Shape.image(6, 14, 14));
    assertEquals(0, op.weightRows());
  }

  @Test
  void refusesShapesItCannotMake() {
    ConfigException e = assertThrows(ConfigException.class,
        () -> new MaxPool(2, null, 0).check(Shape.image(6, 28, 28), Shape.image(6, 12, 12)));
    assertEquals("max-pool (kernel 2, stride 2, padding 0) of the 6x28x28 source makes 6x14x14,"
        + " but the target is 6x12x12", e.getMessage());
    e = assertThrows(ConfigException.class,
        () -> new AvgPool(2, null, 0).check(Shape.image(6, 28, 28), Shape.image(16, 14, 14)));
    assertEquals("avg-pool (kernel 2, stride 2, padding 0) of the 6x28x28 source makes 6x14x14,"
        + " but the target is 16x14x14", e.getMessage());
    e = assertThrows(ConfigException.class,
        () -> new AvgPool(2, null, 2).check(Shape.image(6, 28, 28), Shape.image(6, 16, 16)));
    assertEquals("padding", e.field());
  }

  @Test
  void maxPoolTiesGoToTheFirstInput() {
    BoundOperator op = new MaxPool(2, null, 0).bind(Shape.image(1, 2, 2), Shape.image(1, 1, 1));
    Matrix x = Matrix.row(1f, 3f, 3f, 2f);
    Matrix dx = new Matrix(1, 4);
    op.backward(Matrix.row(5f), null, x, dx, false);
    assertEquals(5f, dx.get(0, 1));
    assertEquals(0f, dx.get(0, 2));
  }
}
