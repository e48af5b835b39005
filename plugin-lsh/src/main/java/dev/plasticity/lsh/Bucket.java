package dev.plasticity.lsh;

import java.util.Arrays;

/**
 * The ids filed under one hash key. Unbounded buckets grow; a bounded bucket is a FIFO of
 * {@code capacity} ids (SLIDE's 128): a new id evicts the oldest once it is full.
 */
final class Bucket {
  private int[] ids;
  private final int capacity;
  private int size;
  private int head; // position of the oldest id once the bounded ring has wrapped

  /** {@code capacity} 0: unbounded. */
  Bucket(int capacity) {
    this.capacity = capacity;
    this.ids = new int[capacity > 0 ? Math.min(capacity, 4) : 4];
  }

  void add(int id) {
    if (capacity > 0 && size == capacity) {
      ids[head] = id;
      head = (head + 1) % capacity;
      return;
    }
    if (size == ids.length) {
      ids = Arrays.copyOf(ids, capacity > 0 ? Math.min(capacity, 2 * size) : 2 * size);
    }
    ids[size++] = id;
  }

  int size() {
    return size;
  }

  /** The i-th id held (in no particular order). */
  int get(int i) {
    return ids[i];
  }

  void clear() {
    size = 0;
    head = 0;
  }
}
