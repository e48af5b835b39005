package dev.plasticity.api.net;

import dev.plasticity.api.config.ConfigException;
import dev.plasticity.api.config.Default;
import dev.plasticity.api.config.Doc;
import dev.plasticity.api.config.Min;
import dev.plasticity.api.config.Optional;
import dev.plasticity.api.math.Linalg;
import dev.plasticity.api.math.Matrix;

/**
 * A 2-D convolution (cross-correlation, as PyTorch's {@code conv2d}): a C × H × W source to
 * an O × H' × W' target with W of O × (C·k·k) and one bias per output channel. Each
 * sample is unfolded ({@link Window#im2col}) and multiplied by W through the BLAS; the
 * error goes back as the transposed convolution with the matrix given (W, or a rule's B),
 * and the weight gradient is Σ_samples δ · colsᵀ.
 */
public record Conv2d(
    @Doc("output channels; absent: the target population's channels") @Optional @Min(1)
        Integer outChannels,
    @Doc("side k of the k x k kernel") @Min(1) int kernel,
    @Doc("step between windows") @Default("1") @Min(1) int stride,
    @Doc("zeros added on every side of the input") @Default("0") @Min(0) int padding)
    implements Operator {

  @Override
  public void check(Shape source, Shape target) {
    if (outChannels != null && target.isImage() && outChannels != target.channels()) {
      throw new ConfigException("outChannels",
          outChannels + " channels but the target has " + target.channels() + " (" + target + ")");
    }
    Window.check("conv2d", source, target, target.channels(), kernel, stride, padding);
  }

  @Override
  public BoundOperator bind(Shape source, Shape target) {
    check(source, target);
    return new Bound(new Window(source, kernel, stride, padding), source, target);
  }

  private static final class Bound implements BoundOperator {
    private final Window window;
    private final int outChannels;
    /** Patch rows per sample: C·k·k, the columns of W. */
    private final int patch;
    /** Output positions per channel: H'·W'. */
    private final int positions;
    private final int inSize;
    private final int outSize;
    private final int kk;
    /** One sample unfolded (patch × positions), reused by every sample and call. */
    private final float[] cols;

    Bound(Window window, Shape source, Shape target) {
      this.window = window;
      this.outChannels = target.channels();
      this.patch = window.patch();
      this.positions = window.positions();
      this.inSize = source.size();
      this.outSize = target.size();
      this.kk = window.kernel() * window.kernel();
      this.cols = new float[patch * positions];
    }

    @Override
    public int weightRows() {
      return outChannels;
    }

    @Override
    public int weightCols() {
      return patch;
    }

    @Override
    public int biasSize() {
      return outChannels;
    }

    @Override
    public int fanIn() {
      return patch;
    }

    @Override
    public int fanOut() {
      return outChannels * kk;
    }

    @Override
    public void forward(Matrix x, Matrix w, Matrix y, boolean accumulate) {
      float[] xd = x.data();
      float[] yd = y.data();
      float beta = accumulate ? 1f : 0f;
      for (int n = 0, rows = x.rows(); n < rows; n++) {
        window.im2col(xd, n * inSize, cols);
        // y_n (O × P) = W (O × patch) · cols (patch × P): the sample's row, channel-major.
        Linalg.gemm(false, false, outChannels, positions, patch, 1f, w.data(), 0, patch, cols, 0,
            positions, beta, yd, n * outSize, positions);
      }
    }

    @Override
    public void addBias(Matrix b, Matrix y) {
      float[] bd = b.data();
      float[] yd = y.data();
      for (int n = 0, rows = y.rows(); n < rows; n++) {
        for (int o = 0; o < outChannels; o++) {
          float v = bd[o];
          for (int q = n * outSize + o * positions, end = q + positions; q < end; q++) {
            yd[q] += v;
          }
        }
      }
    }

    @Override
    public void backward(Matrix dy, Matrix m, Matrix x, Matrix dx, boolean accumulate) {
      float[] dyd = dy.data();
      float[] dxd = dx.data();
      for (int n = 0, rows = dy.rows(); n < rows; n++) {
        // cols (patch × P) = mᵀ (patch × O) · dy_n (O × P), then folded onto the input.
        Linalg.gemm(true, false, patch, positions, outChannels, 1f, m.data(), 0, patch, dyd,
            n * outSize, positions, 0f, cols, 0, positions);
        if (!accumulate) {
          java.util.Arrays.fill(dxd, n * inSize, (n + 1) * inSize, 0f);
        }
        window.col2imAdd(cols, dxd, n * inSize);
      }
    }

    @Override
    public void weightGradient(Matrix dy, Matrix x, Matrix dw) {
      float[] xd = x.data();
      float[] dyd = dy.data();
      int rows = dy.rows();
      if (rows == 0) {
        dw.fill(0f);
      }
      for (int n = 0; n < rows; n++) {
        window.im2col(xd, n * inSize, cols);
        // dW (O × patch) += dy_n (O × P) · colsᵀ (P × patch).
        Linalg.gemm(false, true, outChannels, patch, positions, 1f, dyd, n * outSize, positions,
            cols, 0, positions, n == 0 ? 0f : 1f, dw.data(), 0, patch);
      }
    }

    @Override
    public void biasGradient(Matrix dy, Matrix db) {
      float[] dyd = dy.data();
      float[] out = db.data();
      for (int o = 0; o < outChannels; o++) {
        double s = 0;
        for (int n = 0, rows = dy.rows(); n < rows; n++) {
          for (int q = n * outSize + o * positions, end = q + positions; q < end; q++) {
            s += dyd[q];
          }
        }
        out[o] = (float) s;
      }
    }
  }
}
