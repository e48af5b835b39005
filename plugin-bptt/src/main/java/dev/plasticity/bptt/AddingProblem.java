package dev.plasticity.bptt;

import dev.plasticity.api.config.Doc;
import dev.plasticity.api.config.Min;
import dev.plasticity.api.data.Dataset;
import dev.plasticity.api.math.Rng;

/**
 * The adding problem (Hochreiter & Schmidhuber): two channels, values U[0, 1] and a mask
 * with two ones (one in each half); the target at the last tick is the sum of the two
 * marked values. Predicting 1 always gives an MSE of 1/6.
 */
public record AddingProblem(@Doc("sequence length T") @Min(4) int length) implements Task {
  @Override
  public String lengthField() {
    return "length";
  }


  @Override
  public int inputs() {
    return 2;
  }

  @Override
  public int outputs() {
    return 1;
  }

  @Override
  public boolean classification() {
    return false;
  }

  @Override
  public Generator generator(int rows, Rng rng, Dataset data, boolean evaluation) {
    double[] values = new double[rows * length];
    int[] first = new int[rows];
    int[] second = new int[rows];
    return new Generator() {
      @Override
      public void begin() {
        int half = length / 2;
        for (int b = 0; b < rows; b++) {
          for (int t = 0; t < length; t++) {
            values[b * length + t] = rng.nextDouble();
          }
          first[b] = rng.nextInt(half);
          second[b] = half + rng.nextInt(length - half);
        }
      }

      @Override
      public void input(int offset, double[] x, int xo) {
        for (int b = 0; b < rows; b++) {
          x[xo + 2 * b] = values[b * length + offset];
          x[xo + 2 * b + 1] = offset == first[b] || offset == second[b] ? 1 : 0;
        }
      }

      @Override
      public boolean target(int offset, double[] y) {
        if (offset != length - 1) {
          return false;
        }
        for (int b = 0; b < rows; b++) {
          y[b] = values[b * length + first[b]] + values[b * length + second[b]];
        }
        return true;
      }

      @Override
      public double[] state() {
        return GeneratorState.pack(values, first, second);
      }

      @Override
      public void restore(double[] state) {
        GeneratorState.unpack(state, values, first, second);
      }
    };
  }
}
