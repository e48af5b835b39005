package dev.plasticity.lsh;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.plasticity.api.math.Matrix;
import dev.plasticity.testkit.Fixtures;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Counting agreeing bits picks exactly the neurons that walking the one-bit buckets picks. */
class AgreeingBitsTest {
  @Test
  void popcountRankingEqualsBucketHits() {
    int n = 300;
    int dim = 12;
    int tables = 130; // more than two words of bits
    Matrix items = Fixtures.gaussian(n, dim, 1, 1);
    Matrix queries = Fixtures.gaussian(40, dim, 1, 2);
    HashTables t = new HashTables(new SimHash(), 1, tables, 0, dim);
    t.rebuild(items, Fixtures.rng(3));
    AgreeingBits fast = new AgreeingBits(n, tables);
    fast.pack(t.itemCodes());
    for (int cap : new int[] {1, 15, 60}) {
      ActiveSelector walk = new ActiveSelector(n, cap, tables, Selection.HITS);
      for (int q = 0; q < queries.rows(); q++) {
        int[] a = new int[cap];
        int[] b = new int[cap];
        walk.begin();
        t.query(queries.data(), q * dim, 0, walk);
        int ka = walk.finish(a);
        int kb = fast.select(t.queryCodes(queries.data(), q * dim), 0, cap, b);
        assertEquals(ka, kb, "query " + q + ", cap " + cap);
        Arrays.sort(a, 0, ka);
        Arrays.sort(b, 0, kb);
        assertArrayEquals(a, b, "query " + q + ", cap " + cap);
      }
    }
  }
}
