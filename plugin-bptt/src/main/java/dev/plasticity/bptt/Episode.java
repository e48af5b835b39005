package dev.plasticity.bptt;

/**
 * The recent past of a batch of sequences, as the algorithms need it: inputs x_s, states
 * h_s and output credits q_s = ∂ℓ_s/∂h_s for the last {@code capacity} ticks (a ring
 * indexed by tick), the state before the current sequence, and the gradient accumulator
 * for θ. Allocated once; nothing in a tick allocates.
 */
final class Episode {
  final ElmanNet net;
  final int rows;
  final int capacity;
  final double[] xs;
  final double[] hs;
  final double[] qs;
  /** h before the first tick of the current sequence (zeros; carried in streams). */
  final double[] h0;
  /** ∂L/∂θ accumulated since the last update, laid out like θ. */
  final double[] grad;
  /** First tick of the current sequence. */
  long start;

  Episode(ElmanNet net, int rows, int capacity) {
    this.net = net;
    this.rows = rows;
    this.capacity = capacity;
    this.xs = new double[capacity * rows * net.d];
    this.hs = new double[capacity * rows * net.n];
    this.qs = new double[capacity * rows * net.n];
    this.h0 = new double[rows * net.n];
    this.grad = new double[net.p()];
  }

  int slot(long t) {
    return (int) Math.floorMod(t, (long) capacity);
  }

  /** Offset of row b of x_t in {@link #xs}. */
  int xOff(long t, int b) {
    return (slot(t) * rows + b) * net.d;
  }

  /** Offset of row b of h_t (and q_t) in {@link #hs} / {@link #qs}. */
  int hOff(long t, int b) {
    return (slot(t) * rows + b) * net.n;
  }

  /** The array holding h_{t-1}: {@link #h0} at a sequence start, else {@link #hs}. */
  double[] prevArray(long t) {
    return t == start ? h0 : hs;
  }

  int prevOff(long t, int b) {
    return t == start ? b * net.n : hOff(t - 1, b);
  }

  /** z_t = [x_t; h_{t-1}; 1] of row b. */
  void z(long t, int b, double[] z) {
    net.z(xs, xOff(t, b), prevArray(t), prevOff(t, b), z);
  }

  /** Steps the cell for every row at tick t (x_t must be in place) and clears q_t. */
  void forward(long t) {
    double[] hp = prevArray(t);
    for (int b = 0; b < rows; b++) {
      net.forwardRow(xs, xOff(t, b), hp, prevOff(t, b), hs, hOff(t, b));
    }
    java.util.Arrays.fill(qs, hOff(t, 0), hOff(t, 0) + rows * net.n, 0);
  }

  /** Starts a new sequence at tick t from the zero state. */
  void begin(long t) {
    start = t;
    java.util.Arrays.fill(h0, 0);
  }

  /** Starts a window of a stream at tick t: the state carries over. */
  void carry(long t) {
    System.arraycopy(hs, hOff(t - 1, 0), h0, 0, rows * net.n);
    start = t;
  }
}
