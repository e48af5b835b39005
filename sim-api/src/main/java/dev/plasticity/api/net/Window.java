package dev.plasticity.api.net;

import dev.plasticity.api.config.ConfigException;

/**
 * A k × k window sliding with a stride over a zero-padded C × H × W image: the geometry
 * convolutions and pooling share, and the unfolding (im2col) by which a convolution
 * becomes one matrix product per sample.
 *
 * <p>The unfolded sample is a (C·k·k) × (outH·outW) matrix: row (c, i, j) holds, for every
 * output position (y, x), the input at (c, y·stride − padding + i, x·stride − padding + j),
 * or 0 where that falls in the padding. Its rows follow W's columns (PyTorch's out × C × k
 * × k weight layout), so that one sample's output is W · cols, channel-major like the
 * target population's layout.
 */
public final class Window {
  private final int channels;
  private final int inHeight;
  private final int inWidth;
  private final int kernel;
  private final int stride;
  private final int padding;
  private final int outHeight;
  private final int outWidth;

  /** The window over {@code in}; the caller has checked that it fits ({@link #fits}). */
  public Window(Shape in, int kernel, int stride, int padding) {
    if (!fits(in, kernel, padding)) {
      throw new IllegalArgumentException(
          "a " + kernel + "x" + kernel + " window does not fit " + in + " padded by " + padding);
    }
    this.channels = in.channels();
    this.inHeight = in.height();
    this.inWidth = in.width();
    this.kernel = kernel;
    this.stride = stride;
    this.padding = padding;
    this.outHeight = (inHeight + 2 * padding - kernel) / stride + 1;
    this.outWidth = (inWidth + 2 * padding - kernel) / stride + 1;
  }

  /** Whether a k × k window fits the padded image at least once. */
  public static boolean fits(Shape in, int kernel, int padding) {
    return in.height() + 2 * padding >= kernel && in.width() + 2 * padding >= kernel;
  }

  /** Output positions down and across: ⌊(H + 2·padding − k) / stride⌋ + 1. */
  public int outHeight() {
    return outHeight;
  }

  public int outWidth() {
    return outWidth;
  }

  /** Output positions per channel, outH · outW. */
  public int positions() {
    return outHeight * outWidth;
  }

  /** Rows of the unfolded sample, C · k · k. */
  public int patch() {
    return channels * kernel * kernel;
  }

  public int kernel() {
    return kernel;
  }

  public int stride() {
    return stride;
  }

  public int padding() {
    return padding;
  }

  /**
   * Refuses shapes that {@code op} (a window of this geometry, making {@code channels}
   * output channels) cannot connect, saying the shape it would make.
   */
  public static void check(String op, Shape source, Shape target, int channels, int kernel,
      int stride, int padding) {
    for (Shape s : new Shape[] {source, target}) {
      if (!s.isImage()) {
        throw new ConfigException("", op + " needs channels x height x width populations, got "
            + s + " units as the " + (s == source ? "source" : "target")
            + " (give the population a \"shape\")");
      }
    }
    if (!fits(source, kernel, padding)) {
      throw new ConfigException("kernel", "a " + kernel + "x" + kernel + " window does not fit the "
          + source + " source padded by " + padding);
    }
    Window w = new Window(source, kernel, stride, padding);
    Shape made = Shape.image(channels, w.outHeight(), w.outWidth());
    if (!made.equals(target)) {
      throw new ConfigException("", op + " (kernel " + kernel + ", stride " + stride + ", padding "
          + padding + ") of the " + source + " source makes " + made + ", but the target is "
          + target);
    }
  }

  /**
   * Unfolds the sample at {@code x[xOff ..]} into the patch × positions block of
   * {@code cols} that starts at {@code colOff} with row stride {@code ld} (several samples
   * side by side make one wide matrix, one product for all of them).
   */
  public void im2col(float[] x, int xOff, float[] cols, int colOff, int ld) {
    int row = 0;
    for (int c = 0; c < channels; c++) {
      int plane = xOff + c * inHeight * inWidth;
      for (int i = 0; i < kernel; i++) {
        for (int j = 0; j < kernel; j++, row++) {
          int out = colOff + row * ld;
          for (int y = 0; y < outHeight; y++) {
            int iy = y * stride - padding + i;
            if (iy < 0 || iy >= inHeight) {
              java.util.Arrays.fill(cols, out, out + outWidth, 0f);
              out += outWidth;
              continue;
            }
            int src = plane + iy * inWidth;
            for (int xx = 0; xx < outWidth; xx++) {
              int ix = xx * stride - padding + j;
              cols[out++] = ix >= 0 && ix < inWidth ? x[src + ix] : 0f;
            }
          }
        }
      }
    }
  }

  /**
   * Folds the block of {@code cols} at {@code colOff} (row stride {@code ld}) back, adding
   * every entry to the input it was read from ({@code dx[dxOff ..]}, one sample): the
   * adjoint of {@link #im2col}.
   */
  public void col2imAdd(float[] cols, int colOff, int ld, float[] dx, int dxOff) {
    int row = 0;
    for (int c = 0; c < channels; c++) {
      int plane = dxOff + c * inHeight * inWidth;
      for (int i = 0; i < kernel; i++) {
        for (int j = 0; j < kernel; j++, row++) {
          int in = colOff + row * ld;
          for (int y = 0; y < outHeight; y++) {
            int iy = y * stride - padding + i;
            if (iy < 0 || iy >= inHeight) {
              in += outWidth;
              continue;
            }
            int dst = plane + iy * inWidth;
            for (int xx = 0; xx < outWidth; xx++, in++) {
              int ix = xx * stride - padding + j;
              if (ix >= 0 && ix < inWidth) {
                dx[dst + ix] += cols[in];
              }
            }
          }
        }
      }
    }
  }
}
