package dev.plasticity.bptt;

import dev.plasticity.api.config.Default;
import dev.plasticity.api.config.Doc;
import dev.plasticity.api.config.Min;
import dev.plasticity.api.data.Dataset;
import dev.plasticity.api.math.Rng;

/**
 * Delayed recall: one of {@code symbols} one-hot at t = 0, blanks, a recall cue at
 * t = gap; the target, the symbol, only at the cue. Channels: symbols, blank, cue.
 */
public record DelayedRecall(
    @Doc("ticks from the symbol to the recall cue") @Min(1) int gap,
    @Doc("number of symbols") @Default("8") @Min(2) int symbols) implements Task {

  @Override
  public int inputs() {
    return symbols + 2;
  }

  @Override
  public int outputs() {
    return symbols;
  }

  @Override
  public int length() {
    return gap + 1;
  }

  @Override
  public String lengthField() {
    return "gap";
  }

  @Override
  public boolean classification() {
    return true;
  }

  @Override
  public Generator generator(int rows, Rng rng, Dataset data, boolean evaluation) {
    int[] drawn = new int[rows];
    int d = inputs();
    return new Generator() {
      @Override
      public void begin() {
        for (int b = 0; b < rows; b++) {
          drawn[b] = rng.nextInt(symbols);
        }
      }

      @Override
      public void input(int offset, double[] x, int xo) {
        java.util.Arrays.fill(x, xo, xo + rows * d, 0);
        for (int b = 0; b < rows; b++) {
          int c = offset == 0 ? drawn[b] : offset == gap ? symbols + 1 : symbols;
          x[xo + b * d + c] = 1;
        }
      }

      @Override
      public boolean target(int offset, double[] y) {
        if (offset != gap) {
          return false;
        }
        java.util.Arrays.fill(y, 0, rows * symbols, 0);
        for (int b = 0; b < rows; b++) {
          y[b * symbols + drawn[b]] = 1;
        }
        return true;
      }

      @Override
      public double[] state() {
        return GeneratorState.pack(drawn);
      }

      @Override
      public void restore(double[] state) {
        GeneratorState.unpack(state, drawn);
      }
    };
  }
}
