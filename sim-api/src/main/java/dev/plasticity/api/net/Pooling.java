package dev.plasticity.api.net;

import dev.plasticity.api.config.ConfigException;
import dev.plasticity.api.math.Matrix;

/**
 * What max- and average-pooling share: no weights, the same channels in and out, one
 * k × k window per output unit. A subclass says what a window makes and how an output's
 * error spreads back over its window; this class walks the windows.
 */
abstract class Pooling implements BoundOperator {
  protected final Window window;
  private final int channels;
  private final int inHeight;
  private final int inWidth;
  private final int inSize;
  private final int outSize;

  Pooling(Window window, Shape source) {
    this.window = window;
    this.channels = source.channels();
    this.inHeight = source.height();
    this.inWidth = source.width();
    this.inSize = source.size();
    this.outSize = channels * window.positions();
  }

  /** The checks of a pooling record: {@link Window#check} and PyTorch's padding ≤ k/2. */
  static void check(String op, Shape source, Shape target, int kernel, int stride, int padding) {
    if (2 * padding > kernel) {
      throw new ConfigException("padding", "must be at most half the kernel (" + kernel + "), got "
          + padding);
    }
    Window.check(op, source, target, source.channels(), kernel, stride, padding);
  }

  /**
   * The output of one window over {@code x}: the input plane starts at {@code plane}, the
   * window's valid rows are [y0, y1) and columns [x0, x1) (padding excluded).
   */
  abstract float pool(float[] x, int plane, int y0, int y1, int x0, int x1);

  /** Adds the window's share of the output error {@code e} to {@code dx} (same indexing). */
  abstract void spread(float e, float[] x, float[] dx, int plane, int y0, int y1, int x0, int x1);

  @Override
  public final void forward(Matrix x, Matrix w, Matrix y, boolean accumulate) {
    walk(x.rows(), x.data(), y.data(), null, accumulate);
  }

  @Override
  public final void backward(Matrix dy, Matrix m, Matrix x, Matrix dx, boolean accumulate) {
    walk(dy.rows(), x.data(), dy.data(), dx.data(), accumulate);
  }

  /**
   * Visits every window of {@code rows} samples of x: without {@code dx}, writes (or adds)
   * each window's pooled value to {@code out}; with it, spreads each window's error
   * {@code out} over dx (cleared first unless accumulating).
   */
  private void walk(int rows, float[] x, float[] out, float[] dx, boolean accumulate) {
    int k = window.kernel();
    for (int n = 0; n < rows; n++) {
      if (dx != null && !accumulate) {
        java.util.Arrays.fill(dx, n * inSize, (n + 1) * inSize, 0f);
      }
      int o = n * outSize;
      for (int c = 0; c < channels; c++) {
        int plane = n * inSize + c * inHeight * inWidth;
        for (int oy = 0; oy < window.outHeight(); oy++) {
          int top = oy * window.stride() - window.padding();
          int y0 = Math.max(top, 0);
          int y1 = Math.min(top + k, inHeight);
          for (int ox = 0; ox < window.outWidth(); ox++, o++) {
            int left = ox * window.stride() - window.padding();
            int x0 = Math.max(left, 0);
            int x1 = Math.min(left + k, inWidth);
            if (dx != null) {
              spread(out[o], x, dx, plane, y0, y1, x0, x1);
            } else {
              float v = pool(x, plane, y0, y1, x0, x1);
              out[o] = accumulate ? out[o] + v : v;
            }
          }
        }
      }
    }
  }

  /** Row stride of an input plane, for the subclasses' window loops. */
  final int inWidth() {
    return inWidth;
  }

  @Override
  public final int weightRows() {
    return 0;
  }

  @Override
  public final int weightCols() {
    return 0;
  }

  @Override
  public final int biasSize() {
    return 0;
  }

  @Override
  public final int fanIn() {
    return window.kernel() * window.kernel();
  }

  @Override
  public final int fanOut() {
    return 1;
  }

  @Override
  public final void addBias(Matrix b, Matrix y) {
    throw new UnsupportedOperationException("pooling has no bias");
  }

  @Override
  public final void weightGradient(Matrix dy, Matrix x, Matrix dw) {
    throw new UnsupportedOperationException("pooling has no weights");
  }

  @Override
  public final void biasGradient(Matrix dy, Matrix db) {
    throw new UnsupportedOperationException("pooling has no bias");
  }
}
