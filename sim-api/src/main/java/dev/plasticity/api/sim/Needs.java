package dev.plasticity.api.sim;

import java.util.Set;

/**
 * What a component (a metric, a loss) needs from the rest of its scenario to measure or
 * learn anything. Without it the component would still run, and record a constant: a
 * training loss with nothing training records 0, an accuracy on unlabelled vectors 0.
 * {@code plasticity validate} and {@code run} refuse such a scenario at the component's
 * JSON path instead.
 */
public interface Needs {
  /** Something a scenario may lack. */
  enum Need {
    /** The learning section's training: its LOSS event fills each batch's loss and correct count. */
    TRAINING,
    /** Class labels in the data (unlabelled vectors have none). */
    LABELS
  }

  Set<Need> needs();
}
