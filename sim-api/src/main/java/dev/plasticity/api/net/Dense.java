package dev.plasticity.api.net;

import dev.plasticity.api.math.Linalg;
import dev.plasticity.api.math.Matrix;
import dev.plasticity.api.math.Ops;

/**
 * Every source unit to every target unit: a = h · Wᵀ + b with W of target × source. Any
 * shapes connect: an image source is read flat (channels × height × width).
 */
public record Dense() implements Operator {
  @Override
  public void check(Shape source, Shape target) {}

  @Override
  public BoundOperator bind(Shape source, Shape target) {
    return new Bound(source.size(), target.size());
  }

  /** The dense operator for {@code in} source and {@code out} target units. */
  public static BoundOperator of(int in, int out) {
    return new Bound(in, out);
  }

  /** Whether {@code op} is the dense operator (for rules built only for it so far). */
  public static boolean is(BoundOperator op) {
    return op instanceof Bound;
  }

  private static final class Bound implements BoundOperator {
    private final int in;
    private final int out;

    Bound(int in, int out) {
      this.in = in;
      this.out = out;
    }

    @Override
    public int weightRows() {
      return out;
    }

    @Override
    public int weightCols() {
      return in;
    }

    @Override
    public int biasSize() {
      return out;
    }

    @Override
    public int fanIn() {
      return in;
    }

    @Override
    public int fanOut() {
      return out;
    }

    @Override
    public void forward(Matrix x, Matrix w, Matrix y, boolean accumulate) {
      Linalg.gemm(false, true, 1f, x, w, accumulate ? 1f : 0f, y);
    }

    @Override
    public void addBias(Matrix b, Matrix y) {
      Ops.addRowVector(b, y);
    }

    @Override
    public void backward(Matrix dy, Matrix m, Matrix x, Matrix dx, boolean accumulate) {
      Linalg.gemm(false, false, 1f, dy, m, accumulate ? 1f : 0f, dx);
    }

    @Override
    public void weightGradient(Matrix dy, Matrix x, Matrix dw) {
      Linalg.gemm(true, false, 1f, dy, x, 0f, dw);
    }

    @Override
    public void biasGradient(Matrix dy, Matrix db) {
      Ops.sumRows(dy, 0f, db);
    }
  }
}
