package dev.plasticity.bptt;

/**
 * A generator's drawn sequence as one double[] for a checkpoint ({@link Task.Generator#state}):
 * a run may stop after any tick, in the middle of a sequence, and must go on with the same
 * symbols, values or images. Ints are exact in a double.
 */
final class GeneratorState {
  private GeneratorState() {}

  /** {@code reals} then each of {@code ints}, in order. */
  static double[] pack(double[] reals, int[]... ints) {
    int size = reals.length;
    for (int[] part : ints) {
      size += part.length;
    }
    double[] state = java.util.Arrays.copyOf(reals, size);
    int at = reals.length;
    for (int[] part : ints) {
      for (int v : part) {
        state[at++] = v;
      }
    }
    return state;
  }

  static double[] pack(int[]... ints) {
    return pack(new double[0], ints);
  }

  /** The inverse of {@link #pack}, into the same arrays. */
  static void unpack(double[] state, double[] reals, int[]... ints) {
    System.arraycopy(state, 0, reals, 0, reals.length);
    int at = reals.length;
    for (int[] part : ints) {
      for (int i = 0; i < part.length; i++) {
        part[i] = (int) state[at++];
      }
    }
  }

  static void unpack(double[] state, int[]... ints) {
    unpack(state, new double[0], ints);
  }
}
