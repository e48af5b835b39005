package dev.plasticity.lsh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plasticity.api.math.Matrix;
import dev.plasticity.testkit.Fixtures;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class HashTablesTest {
  @Test
  void boundedBucketsNeverExceedTheirSize() {
    Matrix items = Fixtures.gaussian(2000, 10, 1, 1);
    // K = 2 sign bits: 4 buckets per table for 2000 items, so every bucket overflows.
    HashTables t = new HashTables(new SimHash(), 2, 3, 128, 10);
    t.rebuild(items, Fixtures.rng(1));
    assertEquals(128, t.largestBucket());
    HashTables unbounded = new HashTables(new SimHash(), 2, 3, 0, 10);
    unbounded.rebuild(items, Fixtures.rng(1));
    assertTrue(unbounded.largestBucket() > 128, "the same data overflows 128 without a bound");
  }

  @Test
  void aBoundedBucketKeepsTheNewestIds() {
    Bucket b = new Bucket(3);
    for (int id = 0; id < 10; id++) {
      b.add(id);
      assertTrue(b.size() <= 3);
    }
    Set<Integer> held = new HashSet<>();
    for (int i = 0; i < b.size(); i++) {
      held.add(b.get(i));
    }
    assertEquals(Set.of(7, 8, 9), held);
  }

  @Test
  void anItemFindsItselfAndProbesOnlyAdd() {
    Matrix items = Fixtures.gaussian(300, 12, 1, 2);
    HashTables t = new HashTables(new SimHash(), 8, 4, 0, 12);
    t.rebuild(items, Fixtures.rng(3));
    for (int r = 0; r < items.rows(); r++) {
      Set<Integer> plain = new HashSet<>();
      t.query(items.data(), r * 12, 0, plain::add);
      assertTrue(plain.contains(r), "item " + r + " is in its own buckets");
      Set<Integer> probed = new HashSet<>();
      t.query(items.data(), r * 12, 3, probed::add);
      assertTrue(probed.containsAll(plain), "probing visits the exact buckets too");
    }
  }

  @Test
  void multiProbeRaisesRecallWithLFixed() {
    Matrix items = Fixtures.gaussian(2000, 16, 1, 4);
    Matrix queries = Fixtures.gaussian(100, 16, 1, 5);
    int[][] truth = ExactTop.of(queries, items, 10);
    HashTables t = new HashTables(new SimHash(), 12, 4, 0, 16);
    t.rebuild(items, Fixtures.rng(6));
    double previous = -1;
    for (int probes : new int[] {0, 2, 6, 12}) {
      int found = 0;
      for (int q = 0; q < queries.rows(); q++) {
        Set<Integer> seen = new HashSet<>();
        t.query(queries.data(), q * 16, probes, seen::add);
        for (int id : truth[q]) {
          found += seen.contains(id) ? 1 : 0;
        }
      }
      double recall = found / 1000.0;
      assertTrue(recall > previous, probes + " probes: recall " + recall + " not above " + previous);
      previous = recall;
    }
  }

  @Test
  void rehashKeepsTheFunctionsAndRebuildDrawsNewOnes() {
    Matrix items = Fixtures.gaussian(50, 6, 1, 7);
    HashTables t = new HashTables(new L2Lsh(1), 4, 2, 0, 6);
    t.rebuild(items, Fixtures.rng(8));
    Set<Integer> before = new HashSet<>();
    t.query(items.data(), 0, 0, before::add);
    t.rehash(items);
    Set<Integer> after = new HashSet<>();
    t.query(items.data(), 0, 0, after::add);
    assertEquals(before, after);
    assertEquals(1, t.rebuilds());
    assertEquals(2, t.rehashes());
  }
}
