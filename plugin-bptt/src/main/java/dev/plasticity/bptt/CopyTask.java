package dev.plasticity.bptt;

import dev.plasticity.api.config.Default;
import dev.plasticity.api.config.Doc;
import dev.plasticity.api.config.Min;
import dev.plasticity.api.data.Dataset;
import dev.plasticity.api.math.Rng;

/**
 * Arjovsky's copy task: K symbols out of 8, T − 1 blanks, a delimiter, K blanks; the
 * target is blank everywhere except the last K ticks, which must repeat the symbols.
 * Channels: 8 symbols, blank, delimiter; classes: 8 symbols and blank. The memoryless
 * cross-entropy is K·ln 8/(T + 2K).
 */
public record CopyTask(
    @Doc("blank ticks between the symbols and the delimiter, plus one (T)") @Min(1) int delay,
    @Doc("symbols to copy (K)") @Default("10") @Min(1) int symbols) implements Task {

  private static final int ALPHABET = 8;

  @Override
  public int inputs() {
    return ALPHABET + 2;
  }

  @Override
  public int outputs() {
    return ALPHABET + 1;
  }

  @Override
  public int length() {
    return delay + 2 * symbols;
  }

  @Override
  public String lengthField() {
    return "delay";
  }

  /** Accuracy counts the K copied symbols only (blanks are easy: predicting them is memoryless). */
  @Override
  public boolean scored(int offset) {
    return offset >= symbols + delay;
  }

  @Override
  public int source(int offset) {
    return scored(offset) ? offset - (symbols + delay) : -1;
  }

  @Override
  public boolean classification() {
    return true;
  }

  @Override
  public Generator generator(int rows, Rng rng, Dataset data, boolean evaluation) {
    int[] drawn = new int[rows * symbols];
    int d = inputs();
    int c = outputs();
    return new Generator() {
      @Override
      public void begin() {
        for (int i = 0; i < drawn.length; i++) {
          drawn[i] = rng.nextInt(ALPHABET);
        }
      }

      @Override
      public void input(int offset, double[] x, int xo) {
        java.util.Arrays.fill(x, xo, xo + rows * d, 0);
        for (int b = 0; b < rows; b++) {
          int ch = offset < symbols ? drawn[b * symbols + offset]
              : offset == symbols + delay - 1 ? ALPHABET + 1 : ALPHABET;
          x[xo + b * d + ch] = 1;
        }
      }

      @Override
      public boolean target(int offset, double[] y) {
        java.util.Arrays.fill(y, 0, rows * c, 0);
        int k = offset - (symbols + delay);
        for (int b = 0; b < rows; b++) {
          y[b * c + (k >= 0 ? drawn[b * symbols + k] : ALPHABET)] = 1;
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
