package dev.plasticity.api.sim;

/**
 * Where metrics go. Values recorded during an evaluation form one row of
 * {@code metrics.jsonl} and {@code metrics.csv}, in the order they were first recorded;
 * the runtime closes the row at the end of the evaluation's CONTROL phase.
 */
public interface Recorder {
  /** Sets {@code name} to {@code value} in the current row. */
  void record(String name, double value);

  /**
   * Hands the runtime a curve to write and plot ({@code plots/curves/}); the last curve of a
   * name and series in a variant wins. Recorders that keep only numbers ignore it.
   */
  default void curve(Curve c) {}
}
