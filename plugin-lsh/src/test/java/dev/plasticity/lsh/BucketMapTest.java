package dev.plasticity.lsh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.plasticity.testkit.Fixtures;
import dev.plasticity.api.math.Rng;
import org.junit.jupiter.api.Test;

class BucketMapTest {
  @Test
  void findsEveryKeyThroughGrowthAndNothingElse() {
    BucketMap m = new BucketMap();
    Rng rng = Fixtures.rng(1);
    long[] keys = new long[5000];
    Bucket[] buckets = new Bucket[keys.length];
    for (int i = 0; i < keys.length; i++) {
      keys[i] = i < 100 ? i * 16L : rng.nextLong(); // small keys sharing low bits collide on purpose
      buckets[i] = m.getOrCreate(keys[i], 0);
      buckets[i].add(i);
    }
    for (int i = 0; i < keys.length; i++) {
      assertSame(buckets[i], m.get(keys[i]));
      assertSame(buckets[i], m.getOrCreate(keys[i], 0), "an existing key is not created again");
      assertEquals(i, m.get(keys[i]).get(0));
    }
    assertNull(m.get(8));
    int[] count = {0};
    m.forEach(b -> count[0]++);
    assertEquals(keys.length, count[0]);
  }
}
