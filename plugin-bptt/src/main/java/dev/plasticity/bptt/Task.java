package dev.plasticity.bptt;

import dev.plasticity.api.data.Dataset;
import dev.plasticity.api.math.Rng;
import dev.plasticity.api.spi.Kind;

/**
 * A temporal task (kind {@code task}): a seeded generator of input sequences and targets.
 * A sequence task draws a fresh batch of sequences of {@link #length()} ticks, starting
 * from the zero state; a stream task is one unbroken sequence cut into windows of
 * {@link #length()} ticks.
 */
public interface Task {
  Kind<Task> KIND = new Kind<>("task", Task.class,
      "a temporal task: a seeded generator of inputs and targets");

  int inputs();

  int outputs();

  /** Ticks per sequence (per window for a stream). */
  int length();

  /**
   * The field that sets {@link #length()} ({@code gap}, {@code window}), where a message
   * about a length too large to allocate points; empty when none does.
   */
  default String lengthField() {
    return "";
  }

  default boolean stream() {
    return false;
  }

  /**
   * Whether the target at {@code offset} counts towards accuracy (all count towards the
   * loss): the copy task scores only the copied symbols, not the blanks before them.
   */
  default boolean scored(int offset) {
    return true;
  }

  /**
   * The input offset whose content the target at {@code offset} repeats, or −1 (the copy
   * task's k-th copied symbol came in at offset k): where a memory should look.
   */
  default int source(int offset) {
    return -1;
  }

  /** Softmax cross-entropy on one-hot targets; otherwise half squared error. */
  boolean classification();

  /**
   * A generator of {@code rows} sequences at a time. Tasks built on a data set draw from
   * {@code data} (the training set, or the test set in order when {@code evaluation});
   * generated tasks ignore it.
   */
  Generator generator(int rows, Rng rng, Dataset data, boolean evaluation);

  /** The running generator of one batch of sequences. */
  interface Generator {
    /** Draws the next batch of sequences (streams: nothing). */
    void begin();

    /** Writes x at {@code offset} ticks into the sequence, rows × inputs from {@code xo}. */
    void input(int offset, double[] x, int xo);

    /** Whether {@code offset} has a target; if so writes it, rows × outputs. */
    boolean target(int offset, double[] y);

    /**
     * What a checkpoint must keep: a run may stop after any tick, so the sequences drawn at
     * {@link #begin} (a stream's past too). No default: a generator that kept nothing here
     * would resume a stopped sequence with other symbols. See {@link GeneratorState}.
     */
    double[] state();

    void restore(double[] state);
  }
}
