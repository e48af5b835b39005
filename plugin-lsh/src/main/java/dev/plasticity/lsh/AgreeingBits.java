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
  private final long[] items;
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
      packRow(codes, r * bits, items, r * words);
    }
  }

  private void packRow(int[] codes, int from, long[] out, int at) {
    for (int w = 0; w < words; w++) {
      out[at + w] = 0;
    }
    for (int b = 0; b < bits; b++) { // one-bit codes are 0 or 1: no branch
      out[at + (b >>> 6)] |= (long) (codes[from + b] & 1) << (b & 63);
    }
  }

  /** Writes the at most {@code cap} neurons agreeing most with {@code queryCodes}; returns how many. */
  int select(int[] queryCodes, int cap, int[] out) {
    packRow(queryCodes, 0, query, 0);
    java.util.Arrays.fill(histogram, 0);
    for (int j = 0; j < neurons; j++) {
      int differ = 0;
      for (int w = 0; w < words; w++) {
        differ += Long.bitCount(items[j * words + w] ^ query[w]);
      }
      hits[j] = bits - differ;
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
