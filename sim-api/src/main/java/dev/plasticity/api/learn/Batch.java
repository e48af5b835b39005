package dev.plasticity.api.learn;

/**
 * The batch being presented this tick: its labels (the inputs are the input population's
 * activity), its size, and the loss the LOSS phase computed on it.
 */
public final class Batch {
  private final int[] labels;
  private final int[] indices;
  private int size;
  private double loss = Double.NaN;
  private int correct;

  public Batch(int capacity) {
    labels = new int[capacity];
    indices = new int[capacity];
  }

  /** Class labels of the rows in use (the first {@link #size()} entries). */
  public int[] labels() {
    return labels;
  }

  /** Row numbers in the data set of the rows in use. */
  public int[] indices() {
    return indices;
  }

  public int size() {
    return size;
  }

  public void setSize(int n) {
    if (n < 0 || n > labels.length) {
      throw new IllegalArgumentException("batch size " + n + " outside capacity " + labels.length);
    }
    size = n;
  }

  public int capacity() {
    return labels.length;
  }

  /** Mean loss over the batch, as computed in the LOSS phase. */
  public double loss() {
    return loss;
  }

  /** Rows whose prediction matched the label, as computed in the LOSS phase. */
  public int correct() {
    return correct;
  }

  public void setOutcome(double loss, int correct) {
    this.loss = loss;
    this.correct = correct;
  }
}
