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

  /**
   * Floats of unfolded input one product may cover: samples are unfolded side by side, as
   * many as fit, so that the BLAS sees one wide product rather than one small one per
   * sample (4 MB: a LeNet batch of 64 in two or three products per layer).
   */
  static final int CHUNK_FLOATS = 1 << 20;

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
    /** Samples per product. */
    private final int chunk;
    /** Up to {@link #chunk} samples unfolded side by side: patch × (chunk · positions). */
    private final float[] cols;
    /** The product's side, out-channels × (chunk · positions): outputs or errors, sample-major. */
    private final float[] wide;

    Bound(Window window, Shape source, Shape target) {
      this.window = window;
      this.outChannels = target.channels();
      this.patch = window.patch();
      this.positions = window.positions();
      this.inSize = source.size();
      this.outSize = target.size();
      this.kk = window.kernel() * window.kernel();
      this.chunk = Math.max(1, CHUNK_FLOATS / (patch * positions));
      this.cols = new float[patch * chunk * positions];
      this.wide = new float[outChannels * chunk * positions];
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

    /** Unfolds samples [n0, n0 + nb) of x side by side into {@link #cols}. */
    private void unfold(float[] x, int n0, int nb) {
      int ld = nb * positions;
      for (int s = 0; s < nb; s++) {
        window.im2col(x, (n0 + s) * inSize, cols, s * positions, ld);
      }
    }

    @Override
    public void forward(Matrix x, Matrix w, Matrix y, boolean accumulate) {
      float[] xd = x.data();
      float[] yd = y.data();
      for (int n0 = 0, rows = x.rows(); n0 < rows; n0 += chunk) {
        int nb = Math.min(chunk, rows - n0);
        int ld = nb * positions;
        unfold(xd, n0, nb);
        // wide (O × nb·P) = W (O × patch) · cols (patch × nb·P), then each sample's O × P
        // block goes to its row of y, channel-major like the target population's layout.
        Linalg.gemm(false, false, outChannels, ld, patch, 1f, w.data(), 0, patch, cols, 0, ld,
            0f, wide, 0, ld);
        for (int s = 0; s < nb; s++) {
          int row = (n0 + s) * outSize;
          for (int o = 0; o < outChannels; o++) {
            int from = o * ld + s * positions;
            int to = row + o * positions;
            if (accumulate) {
              for (int q = 0; q < positions; q++) {
                yd[to + q] += wide[from + q];
              }
            } else {
              System.arraycopy(wide, from, yd, to, positions);
            }
          }
        }
      }
    }

    /** Gathers the errors of samples [n0, n0 + nb) into {@link #wide} (O × nb·P). */
    private void gather(float[] dy, int n0, int nb) {
      int ld = nb * positions;
      for (int s = 0; s < nb; s++) {
        int row = (n0 + s) * outSize;
        for (int o = 0; o < outChannels; o++) {
          System.arraycopy(dy, row + o * positions, wide, o * ld + s * positions, positions);
        }
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
      float[] dxd = dx.data();
      for (int n0 = 0, rows = dy.rows(); n0 < rows; n0 += chunk) {
        int nb = Math.min(chunk, rows - n0);
        int ld = nb * positions;
        gather(dy.data(), n0, nb);
        // cols (patch × nb·P) = mᵀ (patch × O) · wide (O × nb·P), then folded onto each input.
        Linalg.gemm(true, false, patch, ld, outChannels, 1f, m.data(), 0, patch, wide, 0, ld, 0f,
            cols, 0, ld);
        if (!accumulate) {
          java.util.Arrays.fill(dxd, n0 * inSize, (n0 + nb) * inSize, 0f);
        }
        for (int s = 0; s < nb; s++) {
          window.col2imAdd(cols, s * positions, ld, dxd, (n0 + s) * inSize);
        }
      }
    }

    @Override
    public void weightGradient(Matrix dy, Matrix x, Matrix dw) {
      int rows = dy.rows();
      if (rows == 0) {
        dw.fill(0f);
      }
      for (int n0 = 0; n0 < rows; n0 += chunk) {
        int nb = Math.min(chunk, rows - n0);
        int ld = nb * positions;
        unfold(x.data(), n0, nb);
        gather(dy.data(), n0, nb);
        // dW (O × patch) += wide (O × nb·P) · colsᵀ (nb·P × patch).
        Linalg.gemm(false, true, outChannels, patch, ld, 1f, wide, 0, ld, cols, 0, ld,
            n0 == 0 ? 0f : 1f, dw.data(), 0, patch);
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
