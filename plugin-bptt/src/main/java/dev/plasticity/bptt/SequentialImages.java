package dev.plasticity.bptt;

import dev.plasticity.api.config.Default;
import dev.plasticity.api.config.Doc;
import dev.plasticity.api.config.Min;
import dev.plasticity.api.data.Dataset;
import dev.plasticity.api.math.Rng;

/**
 * Images of the scenario's data set read row by row: an image of rows × cols pixels is a
 * sequence of {@code rows} ticks of {@code cols} inputs, and its class is the target at
 * the last tick (sequential Fashion-MNIST: 28 rows as 28 steps). Training draws images
 * at random; evaluation walks the test set in order.
 */
public record SequentialImages(
    @Doc("image rows, one per tick") @Default("28") @Min(1) int rows,
    @Doc("pixels per row, the inputs of a tick") @Default("28") @Min(1) int cols,
    @Doc("classes of the labels") @Default("10") @Min(2) int classes) implements Task {

  @Override
  public int inputs() {
    return cols;
  }

  @Override
  public int outputs() {
    return classes;
  }

  @Override
  public int length() {
    return rows;
  }

  @Override
  public String lengthField() {
    return "rows";
  }

  @Override
  public boolean classification() {
    return true;
  }

  @Override
  public Generator generator(int batch, Rng rng, Dataset data, boolean evaluation) {
    if (data.dim() != rows * cols) {
      throw new IllegalArgumentException("sequential images of " + rows + " x " + cols
          + " need " + rows * cols + " features per sample, the data has " + data.dim());
    }
    int[] picked = new int[batch];
    int[] next = {0};
    float[] pixels = data.features().data();
    int[] labels = data.labels();
    return new Generator() {
      @Override
      public void begin() {
        for (int b = 0; b < batch; b++) {
          picked[b] = evaluation ? next[0]++ % data.size() : rng.nextInt(data.size());
        }
      }

      @Override
      public void input(int offset, double[] x, int xo) {
        for (int b = 0; b < batch; b++) {
          int src = picked[b] * rows * cols + offset * cols;
          for (int k = 0; k < cols; k++) {
            x[xo + b * cols + k] = pixels[src + k];
          }
        }
      }

      @Override
      public boolean target(int offset, double[] y) {
        if (offset != rows - 1) {
          return false;
        }
        java.util.Arrays.fill(y, 0, batch * classes, 0);
        for (int b = 0; b < batch; b++) {
          y[b * classes + labels[picked[b]]] = 1;
        }
        return true;
      }

      @Override
      public double[] state() {
        return GeneratorState.pack(picked, next);
      }

      @Override
      public void restore(double[] state) {
        GeneratorState.unpack(state, picked, next);
      }
    };
  }
}
