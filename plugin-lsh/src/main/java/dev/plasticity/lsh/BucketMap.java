package dev.plasticity.lsh;

import java.util.function.Consumer;

/**
 * One table's buckets by 64-bit key: open addressing with linear probing over primitive
 * keys, so that a query's lookup boxes nothing (a HashMap&lt;Long, …&gt; would allocate a Long
 * per lookup, per table, per sample).
 */
final class BucketMap {
  private long[] keys = new long[16];
  private Bucket[] values = new Bucket[16];
  private int size;

  Bucket get(long key) {
    int mask = keys.length - 1;
    for (int i = slot(key, mask); values[i] != null; i = (i + 1) & mask) {
      if (keys[i] == key) {
        return values[i];
      }
    }
    return null;
  }

  /** The bucket of {@code key}, created with {@code capacity} when absent. */
  Bucket getOrCreate(long key, int capacity) {
    Bucket b = get(key);
    if (b != null) {
      return b;
    }
    if (2 * (size + 1) > keys.length) {
      grow();
    }
    b = new Bucket(capacity);
    insert(key, b);
    size++;
    return b;
  }

  void forEach(Consumer<Bucket> action) {
    for (Bucket b : values) {
      if (b != null) {
        action.accept(b);
      }
    }
  }

  private void insert(long key, Bucket b) {
    int mask = keys.length - 1;
    int i = slot(key, mask);
    while (values[i] != null) {
      i = (i + 1) & mask;
    }
    keys[i] = key;
    values[i] = b;
  }

  private void grow() {
    long[] oldKeys = keys;
    Bucket[] oldValues = values;
    keys = new long[oldKeys.length * 2];
    values = new Bucket[oldKeys.length * 2];
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldValues[i] != null) {
        insert(oldKeys[i], oldValues[i]);
      }
    }
  }

  private static int slot(long key, int mask) {
    return (int) (key ^ (key >>> 32)) & mask; // keys are already well mixed
  }
}
