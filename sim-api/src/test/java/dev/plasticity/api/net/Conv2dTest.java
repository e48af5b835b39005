package dev.plasticity.api.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plasticity.api.config.ConfigException;
import dev.plasticity.api.math.Matrix;
import dev.plasticity.api.math.Rng;
import org.junit.jupiter.api.Test;

/**
 * conv2d's forward pass, its transposed convolution and its weight and bias gradients
 * against the plain double loops of {@link ReferenceOps}, over geometries with stride,
 * padding and non-square images, and the shape checks' messages.
 */
class Conv2dTest {
  private static final int BATCH = 3;

  static Matrix random(int rows, int cols, Rng rng) {
    Matrix m = new Matrix(rows, cols);
    for (int i = 0; i < m.size(); i++) {
      m.data()[i] = (float) rng.nextGaussian();
    }
    return m;
  }

  static double[] row(Matrix m, int r) {
    double[] d = new double[m.cols()];
    for (int j = 0; j < d.length; j++) {
      d[j] = m.get(r, j);
    }
    return d;
  }

  static double[] all(Matrix m) {
    double[] d = new double[m.size()];
    for (int i = 0; i < d.length; i++) {
      d[i] = m.data()[i];
    }
    return d;
  }

  static void assertClose(double[] expected, Matrix actual, int r, String what) {
    for (int j = 0; j < expected.length; j++) {
      double e = expected[j];
      double a = actual.get(r, j);
      assertEquals(e, a, 1e-4 * (1 + Math.abs(e)), what + " [" + r + ", " + j + "]");
    }
  }

  private void checkGeometry(int batch, int c, int h, int w, int out, int k, int stride, int pad) {
    Rng rng = new Rng(c * 1000 + h * 100 + k * 10 + stride + pad);
    ReferenceOps.Geometry g = new ReferenceOps.Geometry(c, h, w, k, stride, pad);
    Shape source = Shape.image(c, h, w);
    Shape target = Shape.image(out, g.oh(), g.ow());
    BoundOperator op = new Conv2d(out, k, stride, pad).bind(source, target);
    assertEquals(out, op.weightRows());
    assertEquals(c * k * k, op.weightCols());
    assertEquals(c * k * k, op.fanIn());
    assertEquals(out * k * k, op.fanOut());
    Matrix x = random(batch, source.size(), rng);
    Matrix wt = random(out, c * k * k, rng);
    Matrix m = random(out, c * k * k, rng);
    Matrix b = random(1, out, rng);
    Matrix dy = random(batch, target.size(), rng);
    Matrix y = random(batch, target.size(), rng);
    Matrix before = y.copy();
    op.forward(x, wt, y, true);
    op.addBias(b, y);
    Matrix dx = new Matrix(batch, source.size()).fill(7f);
    op.backward(dy, m, x, dx, false);
    Matrix dw = new Matrix(out, c * k * k).fill(3f);
    op.weightGradient(dy, x, dw);
    Matrix db = new Matrix(1, out).fill(3f);
    op.biasGradient(dy, db);
    double[] dwRef = new double[dw.size()];
    double[] dbRef = new double[out];
    for (int n = 0; n < batch; n++) {
      double[] yRef = ReferenceOps.conv(g, out, row(x, n), all(wt), all(b));
      double[] prior = row(before, n);
      for (int i = 0; i < yRef.length; i++) {
        yRef[i] += prior[i];
      }
      assertClose(yRef, y, n, "y");
      double[] dxRef = new double[source.size()];
      ReferenceOps.convBack(g, out, row(x, n), all(m), row(dy, n), dxRef, dwRef, dbRef);
      assertClose(dxRef, dx, n, "dx");
    }
    assertClose(dwRef, Matrix.wrap(dw.data(), 1, dw.size()), 0, "dW");
    assertClose(dbRef, db, 0, "db");
  }

  @Test
  void matchesTheDirectConvolution() {
    checkGeometry(BATCH, 1, 8, 8, 2, 5, 1, 0);
    checkGeometry(BATCH, 3, 7, 9, 4, 3, 1, 1);
    checkGeometry(BATCH, 2, 9, 6, 3, 3, 2, 1);
    checkGeometry(BATCH, 2, 5, 5, 3, 2, 3, 2);
    checkGeometry(BATCH, 4, 4, 4, 5, 4, 1, 0);
  }

  @Test
  void aBatchWiderThanOneProductIsSplitWithoutSeams() {
    // 1x32x32, 5x5: 25 x 784 floats per sample, so a product covers 53 samples; 60 take two
    assertTrue(Conv2d.CHUNK_FLOATS / (25 * 784) < 60);
    checkGeometry(60, 1, 32, 32, 2, 5, 1, 0);
  }

  @Test
  void accumulatesIntoTheSourceErrorWhenAsked() {
    Rng rng = new Rng(5);
    Shape s = Shape.image(2, 5, 5);
    Shape t = Shape.image(3, 3, 3);
    BoundOperator op = new Conv2d(null, 3, 1, 0).bind(s, t);
    Matrix dy = random(2, t.size(), rng);
    Matrix m = random(3, 18, rng);
    Matrix fresh = new Matrix(2, s.size());
    op.backward(dy, m, null, fresh, false);
    Matrix added = new Matrix(2, s.size()).fill(1f);
    op.backward(dy, m, null, added, true);
    for (int i = 0; i < fresh.size(); i++) {
      assertEquals(fresh.data()[i] + 1f, added.data()[i], 1e-5);
    }
  }

  @Test
  void saysWhatShapeItComputes() {
    ConfigException e = assertThrows(ConfigException.class,
        () -> new Conv2d(6, 5, 1, 0).check(Shape.image(1, 32, 32), Shape.image(6, 24, 24)));
    assertEquals("conv2d (kernel 5, stride 1, padding 0) of the 1x32x32 source makes 6x28x28,"
        + " but the target is 6x24x24", e.getMessage());
    assertEquals("", e.field());
    e = assertThrows(ConfigException.class,
        () -> new Conv2d(16, 5, 1, 0).check(Shape.image(1, 32, 32), Shape.image(6, 28, 28)));
    assertEquals("outChannels", e.field());
    assertEquals("16 channels but the target has 6 (6x28x28)", e.getMessage());
    e = assertThrows(ConfigException.class,
        () -> new Conv2d(null, 5, 1, 0).check(Shape.units(784), Shape.image(6, 24, 24)));
    assertTrue(e.getMessage().contains("got 784 units as the source"), e.getMessage());
    e = assertThrows(ConfigException.class,
        () -> new Conv2d(null, 9, 1, 0).check(Shape.image(1, 4, 4), Shape.image(1, 1, 1)));
    assertEquals("kernel", e.field());
  }
}
