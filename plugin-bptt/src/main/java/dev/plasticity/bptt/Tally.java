package dev.plasticity.bptt;

/** Running totals of the readout's outcomes over the targets of an epoch or an evaluation. */
final class Tally {
  double loss;
  double squaredError;
  long correct;
  long scored;
  long targets;

  /** Adds a row's outcome; only {@code scored} targets count towards accuracy. */
  void add(Readout r, boolean score) {
    loss += r.lastLoss;
    squaredError += r.lastSquaredError;
    if (score) {
      correct += r.lastCorrect ? 1 : 0;
      scored++;
    }
    targets++;
  }

  void clear() {
    loss = 0;
    squaredError = 0;
    correct = 0;
    scored = 0;
    targets = 0;
  }

  /** The totals, for a checkpoint taken within an epoch (counts are exact in a double). */
  double[] state() {
    return new double[] {loss, squaredError, correct, scored, targets};
  }

  void restore(double[] s) {
    loss = s[0];
    squaredError = s[1];
    correct = (long) s[2];
    scored = (long) s[3];
    targets = (long) s[4];
  }

  double meanLoss() {
    return loss / Math.max(1, targets);
  }

  double accuracy() {
    return correct / (double) Math.max(1, scored);
  }

  /** Mean squared error per output. */
  double mse(int outputs) {
    return squaredError / Math.max(1, targets) / outputs;
  }
}
