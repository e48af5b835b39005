package dev.plasticity.api.net;

import dev.plasticity.api.config.Default;
import dev.plasticity.api.config.Doc;
import dev.plasticity.api.config.Min;
import dev.plasticity.api.config.Optional;

/**
 * Max-pooling per channel (no weights). The error of each output goes back to the input
 * that won its window, the first one on a tie (as PyTorch's CPU kernel); padding never
 * wins. The winners are found again from the forward input during the backward pass, so
 * nothing depends on which batch was propagated last.
 */
public record MaxPool(
    @Doc("side k of the k x k window") @Min(1) int kernel,
    @Doc("step between windows; absent: the kernel") @Optional @Min(1) Integer stride,
    @Doc("implicit padding on every side, at most k/2") @Default("0") @Min(0) int padding)
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
    Pooling.check("max-pool", source, target, kernel, step(), padding);
  }

  @Override
  public BoundOperator bind(Shape source, Shape target) {
    check(source, target);
    return new Bound(new Window(source, kernel, step(), padding), source);
  }

  private static final class Bound extends Pooling {
    Bound(Window window, Shape source) {
      super(window, source);
    }

    /** Index of the window's first largest input. */
    private int winner(float[] x, int plane, int y0, int y1, int x0, int x1) {
      int best = plane + y0 * inWidth() + x0;
      for (int y = y0; y < y1; y++) {
        for (int i = plane + y * inWidth() + x0, end = i + x1 - x0; i < end; i++) {
          if (x[i] > x[best]) {
            best = i;
          }
        }
      }
      return best;
    }

    @Override
    float pool(float[] x, int plane, int y0, int y1, int x0, int x1) {
      return x[winner(x, plane, y0, y1, x0, x1)];
    }

    @Override
    void spread(float e, float[] x, float[] dx, int plane, int y0, int y1, int x0, int x1) {
      dx[winner(x, plane, y0, y1, x0, x1)] += e;
    }
  }
}
