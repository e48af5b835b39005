package dev.plasticity.lsh;

/**
 * The (sample, neuron) pairs a batch activates, kept two ways: per sample (as selected) and
 * per neuron (the batch's union of active neurons in id order, each with its samples in
 * order). Going through the pairs neuron by neuron reads each active weight row once per
 * batch while it is hot in cache, instead of once per sample. Allocated once.
 */
final class ActivePairs {
  private final int[][] active;
  private final int[] count;
  private final int[] perNeuron;
  private final int[] union;
  private final int[] start;
  private final int[] samples;
  private int unionSize;
  private int pairs;

  ActivePairs(int neurons, int batch, int cap) {
    this.active = new int[batch][cap];
    this.count = new int[batch];
    this.perNeuron = new int[neurons];
    this.union = new int[neurons];
    this.start = new int[neurons + 1];
    this.samples = new int[batch * cap];
  }

  /** Where sample {@code r}'s selection goes; {@link #setCount} then says how many were chosen. */
  int[] of(int r) {
    return active[r];
  }

  void setCount(int r, int k) {
    count[r] = k;
  }

  int count(int r) {
    return count[r];
  }

  int neuron(int r, int i) {
    return active[r][i];
  }

  /** Builds the per-neuron view of the first {@code rows} samples' selections. */
  void index(int rows) {
    java.util.Arrays.fill(perNeuron, 0);
    pairs = 0;
    for (int r = 0; r < rows; r++) {
      for (int i = 0; i < count[r]; i++) {
        perNeuron[active[r][i]]++;
      }
      pairs += count[r];
    }
    unionSize = 0;
    int at = 0;
    for (int j = 0; j < perNeuron.length; j++) {
      if (perNeuron[j] > 0) {
        union[unionSize] = j;
        start[unionSize++] = at;
        at += perNeuron[j];
        perNeuron[j] = at - perNeuron[j]; // now the next free slot of neuron j
      }
    }
    start[unionSize] = at;
    for (int r = 0; r < rows; r++) {
      for (int i = 0; i < count[r]; i++) {
        samples[perNeuron[active[r][i]]++] = r;
      }
    }
  }

  /** Active pairs of the last {@link #index}. */
  int pairs() {
    return pairs;
  }

  /** Distinct active neurons of the last {@link #index}. */
  int unionSize() {
    return unionSize;
  }

  /** The {@code u}-th distinct active neuron, in increasing id. */
  int unionNeuron(int u) {
    return union[u];
  }

  /** The neurons of the union, in increasing id, in the first {@link #unionSize} places (read-only). */
  int[] union() {
    return union;
  }

  /** The samples of the {@code u}-th union neuron are {@code sample(start(u)) … sample(start(u + 1) - 1)}. */
  int start(int u) {
    return start[u];
  }

  int sample(int at) {
    return samples[at];
  }
}
