package dev.plasticity.bptt;

import dev.plasticity.api.config.Default;
import dev.plasticity.api.config.Doc;
import dev.plasticity.api.config.Min;
import dev.plasticity.api.data.Dataset;
import dev.plasticity.api.math.Rng;

/**
 * The online task of Marschall, Cho & Savin (2020): x_t ~ Bernoulli(0.5) and, on every
 * tick, y_t = 0.5 + 0.5·x_{t−5} − 0.25·x_{t−9} (x before the stream counts as 0). The best
 * memoryless predictor errs by Var y = 0.078; remembering x_{t−5} alone gets to 0.016.
 */
public record MarschallOnline(
    @Doc("ticks between evaluations of the running error") @Default("1000") @Min(10) int window)
    implements Task {

  @Override
  public int inputs() {
    return 1;
  }

  @Override
  public int outputs() {
    return 1;
  }

  @Override
  public int length() {
    return window;
  }

  @Override
  public String lengthField() {
    return "window";
  }

  @Override
  public boolean stream() {
    return true;
  }

  @Override
  public boolean classification() {
    return false;
  }

  @Override
  public Generator generator(int rows, Rng rng, Dataset data, boolean evaluation) {
    // The last 10 inputs per row, ring indexed by tick (the stream's tick count).
    double[] past = new double[rows * 10];
    long[] tick = {0};
    return new Generator() {
      @Override
      public void begin() {}

      @Override
      public void input(int offset, double[] x, int xo) {
        int s = (int) (tick[0] % 10);
        for (int b = 0; b < rows; b++) {
          double v = rng.nextInt(2);
          past[b * 10 + s] = v;
          x[xo + b] = v;
        }
      }

      @Override
      public boolean target(int offset, double[] y) {
        long t = tick[0]++;
        for (int b = 0; b < rows; b++) {
          double x5 = t >= 5 ? past[b * 10 + (int) ((t - 5) % 10)] : 0;
          double x9 = t >= 9 ? past[b * 10 + (int) ((t - 9) % 10)] : 0;
          y[b] = 0.5 + 0.5 * x5 - 0.25 * x9;
        }
        return true;
      }

      @Override
      public double[] state() {
        double[] s = java.util.Arrays.copyOf(past, past.length + 1);
        s[past.length] = tick[0];
        return s;
      }

      @Override
      public void restore(double[] s) {
        System.arraycopy(s, 0, past, 0, past.length);
        tick[0] = (long) s[past.length];
      }
    };
  }
}
