package dev.plasticity.bptt;

/** Running totals of the readout's outcomes over the targets of an epoch or an evaluation. */
final class Tally {
  double loss;
  double squaredError;
  long correct;
  long targets;

  void add(Readout r) {
    loss += r.lastLoss;
    squaredError += r.lastSquaredError;
    correct += r.lastCorrect ? 1 : 0;
    targets++;
  }

  void clear() {
    loss = 0;
    squaredError = 0;
    correct = 0;
    targets = 0;
  }

  double meanLoss() {
    return loss / Math.max(1, targets);
  }

  double accuracy() {
    return correct / (double) Math.max(1, targets);
  }

  /** Mean squared error per output. */
  double mse(int outputs) {
    return squaredError / Math.max(1, targets) / outputs;
  }
}
