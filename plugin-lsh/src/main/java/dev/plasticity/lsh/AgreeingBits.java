package dev.plasticity.lsh;

/**
 * The fast path of "ranked by bucket hits" when every table is one bit (K = 1): a neuron's
 * hits are then the bits its code shares with the query's, so packing the L bits into longs
 * gives them as L − popcount(item xor query), with no bucket walked. It picks exactly what
 * {@link ActiveSelector} picks (more hits first, ties to the lower id, no neuron with 0 hits).
 */
final class AgreeingBits {
  private final int neurons;
  private final int bits;
  private final int words;
  private final long[] items; // word-major: word w of neuron j at w·neurons + j
  private final long[] query;
  private final int[] hits;
  private final int[] histogram;

  AgreeingBits(int neurons, int bits) {
    this.neurons = neurons;
    this.bits = bits;
    this.words = (bits + 63) / 64;
    this.items = new long[neurons * words];
    this.query = new long[words];
    this.hits = new int[neurons];
    this.histogram = new int[bits + 1];
  }

  /** Packs the items' codes (row r's L codes at r·L) after a rebuild or rehash. */
  void pack(int[] codes) {
    for (int r = 0; r < neurons; r++) {
      packRow(codes, r * bits, query, 0);
      for (int w = 0; w < words; w++) {
        items[w * neurons + r] = query[w];
      }
    }
  }

  private void packRow(int[] codes, int from, long[] out, int at) {
    for (int w = 0; w < words; w++) { // one-bit codes are 0 or 1: no branch
      long word = 0;
      for (int b = w * 64, end = Math.min(bits, b + 64); b < end; b++) {
        word |= (long) (codes[from + b] & 1) << (b & 63);
      }
      out[at + w] = word;
    }
  }

  /** Writes the at most {@code cap} neurons agreeing most with the L codes at {@code from}; returns how many. */
  int select(int[] queryCodes, int from, int cap, int[] out) {
    packRow(queryCodes, from, query, 0);
    java.util.Arrays.fill(histogram, 0);
    java.util.Arrays.fill(hits, bits);
    for (int w = 0; w < words; w++) { // word-major: a streaming loop over neurons, twice as fast
      long q = query[w];
      for (int j = 0, at = w * neurons; j < neurons; j++, at++) {
        hits[j] -= Long.bitCount(items[at] ^ q);
      }
    }
    for (int j = 0; j < neurons; j++) {
      histogram[hits[j]]++;
    }
    int threshold = bits;
    int above = 0;
    while (threshold > 1 && above + histogram[threshold] < cap) {
      above += histogram[threshold];
      threshold--;
    }
    int atThreshold = cap - above;
    int k = 0;
    for (int j = 0; j < neurons && k < cap; j++) {
      int h = hits[j];
      if (h > threshold || (h == threshold && h > 0 && atThreshold-- > 0)) {
        out[k++] = j;
      }
    }
    return k;
  }
}
