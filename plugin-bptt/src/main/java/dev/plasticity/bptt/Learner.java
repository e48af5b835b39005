package dev.plasticity.bptt;

/**
 * The running state of a temporal credit algorithm on one {@link Episode}. The trainer
 * calls {@link #forward} after every cell step and {@link #credit} once q_t is known;
 * sweeps that run at boundaries are events the algorithm schedules itself. Every
 * algorithm adds its estimate of ∂L/∂θ into {@link Episode#grad}.
 */
abstract class Learner {
  final Episode e;

  Learner(Episode e) {
    this.e = e;
  }

  /** A new sequence starts at tick t: forget the traces. */
  void begin(long t) {}

  /** The cell has stepped at tick t: update the traces. */
  void forward(long t) {}

  /** q_t is known: accumulate this tick's gradient (online algorithms). */
  void credit(long t) {}

  /**
   * Credit {@code dh} (rows × n from {@code off}) for a state h_s stored earlier in the sequence, found at
   * tick t by attention: only algorithms that keep the history can take it.
   */
  void injectPast(long t, long s, double[] dh, int off) {
    throw new UnsupportedOperationException(getClass().getSimpleName() + " keeps no history");
  }

  /** Ticks between parameter updates in a stream (sequence tasks update at their end). */
  int updatePeriod() {
    return 1;
  }

  /** Traces to keep in a checkpoint (streams carry them across epochs). */
  double[][] traces() {
    return new double[0][];
  }
}
