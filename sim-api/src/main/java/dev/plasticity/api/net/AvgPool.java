package dev.plasticity.api.net;

import dev.plasticity.api.config.Default;
import dev.plasticity.api.config.Doc;
import dev.plasticity.api.config.Min;
import dev.plasticity.api.config.Optional;

/**
 * Average pooling per channel (no weights): each output is the sum of its window divided
 * by k·k, padding counting as zeros (PyTorch's default, count_include_pad); the error
 * spreads back evenly over the window.
 */
public record AvgPool(
    @Doc("side k of the k x k window") @Min(1) int kernel,
    @Doc("step between windows; absent: the kernel") @Optional @Min(1) Integer stride,
    @Doc("zeros added on every side, at most k/2") @Default("0") @Min(0) int padding)
    implements Operator {

  private int step() {
    return stride != null ? stride : kernel;
  }

  @Override
  public boolean hasWeights() {
    return false;
  }

  @Override
  public void check(Shape source, Shape target) {
    Pooling.check("avg-pool", source, target, kernel, step(), padding);
  }

  @Override
  public BoundOperator bind(Shape source, Shape target) {
    check(source, target);
    return new Bound(new Window(source, kernel, step(), padding), source);
  }

  private static final class Bound extends Pooling {
    private final float scale;

    Bound(Window window, Shape source) {
      super(window, source);
      this.scale = 1f / (window.kernel() * window.kernel());
    }

    @Override
    float pool(float[] x, int plane, int y0, int y1, int x0, int x1) {
      float s = 0f;
      for (int y = y0; y < y1; y++) {
        for (int i = plane + y * inWidth() + x0, end = i + x1 - x0; i < end; i++) {
          s += x[i];
        }
      }
      return s * scale;
    }

    @Override
    void spread(float e, float[] x, float[] dx, int plane, int y0, int y1, int x0, int x1) {
      float share = e * scale;
      for (int y = y0; y < y1; y++) {
        for (int i = plane + y * inWidth() + x0, end = i + x1 - x0; i < end; i++) {
          dx[i] += share;
        }
      }
    }
  }
}
