package dev.plasticity.lsh;

import dev.plasticity.api.math.Matrix;
import dev.plasticity.api.math.Rng;
import dev.plasticity.api.sim.StateMap;

/**
 * L tables, each keyed by the K codes of its own K hash functions. Items are filed by
 * {@link #rehash}; {@link #rebuild} first draws new functions. A query visits its bucket in
 * every table and, with multi-probe, the buckets reached by flipping one of its least certain
 * codes to its runner-up (Lv et al. 2007, single-code perturbations, in increasing margin).
 */
public final class HashTables {
  private final HashFamily family;
  private final int bits;
  private final int tables;
  private final int bucketSize;
  private final int dim;
  private final BucketMap[] index;
  private Hasher hasher;
  private long rebuilds;
  private long rehashes;
  // Query scratch: one row's codes, runner-ups, margins, and the probe order of one table.
  private final Matrix queryRow;
  private final int[] qCodes;
  private final int[] qAlt;
  private final float[] qMargin;
  private final int[] order;
  private int[] itemCodes = new int[0];
  private int itemRows;
  private long[] beforeDraw; // the random state the current functions were drawn from

  public HashTables(HashFamily family, int bits, int tables, int bucketSize, int dim) {
    if (bits < 1 || tables < 1 || bucketSize < 0) {
      throw new IllegalArgumentException("tables need K >= 1, L >= 1, bucket size >= 0");
    }
    this.family = family;
    this.bits = bits;
    this.tables = tables;
    this.bucketSize = bucketSize;
    this.dim = dim;
    this.index = new BucketMap[tables];
    for (int l = 0; l < tables; l++) {
      index[l] = new BucketMap();
    }
    this.queryRow = new Matrix(1, dim);
    this.qCodes = new int[bits * tables];
    this.qAlt = new int[bits * tables];
    this.qMargin = new float[bits * tables];
    this.order = new int[bits];
  }

  /** Draws new hash functions and files {@code items} with them. */
  public void rebuild(Matrix items, Rng rng) {
    draw(rng);
    rebuilds++;
    rehash(items);
  }

  private void draw(Rng rng) {
    beforeDraw = rng.state();
    hasher = family.draw(dim, bits * tables, rng);
  }

  /**
   * Draws new functions, or with {@code fresh} false keeps them, and hashes {@code items}
   * without filing them in buckets: for callers that compare codes directly
   * ({@link #itemCodes}) and never look a bucket up.
   */
  void hashItems(Matrix items, Rng rng, boolean fresh) {
    if (fresh || hasher == null) {
      draw(rng);
      rebuilds++;
    } else {
      rehashes++;
    }
    int count = bits * tables;
    if (itemCodes.length < items.rows() * count) {
      itemCodes = new int[items.rows() * count];
    }
    hasher.hash(items, itemCodes, null, null);
    itemRows = items.rows();
  }

  /** Files the rows of {@code items} (ids are row numbers) afresh with the current functions. */
  public void rehash(Matrix items) {
    if (hasher == null) {
      throw new IllegalStateException("rehash before the first rebuild");
    }
    int n = items.rows(); // buckets are kept: filing clears and reuses them
    int count = bits * tables;
    if (itemCodes.length < n * count) {
      itemCodes = new int[n * count];
    }
    hasher.hash(items, itemCodes, null, null);
    itemRows = n;
    fileItems();
    rehashes++;
  }

  /** Files rows 0 … itemRows − 1 by their codes, in row order (what FIFO buckets keep depends on it). */
  private void fileItems() {
    for (BucketMap t : index) {
      t.forEach(Bucket::clear);
    }
    int count = bits * tables;
    for (int r = 0; r < itemRows; r++) {
      for (int l = 0; l < tables; l++) {
        long key = key(itemCodes, r * count + l * bits, -1, 0);
        index[l].getOrCreate(key, bucketSize).add(r);
      }
    }
  }

  /**
   * What a checkpoint needs to give back exactly these tables: the random state the functions
   * were drawn from, the items' codes (the items may have changed since they were filed) and
   * the counts of rebuilds and rehashes.
   */
  void saveState(String prefix, StateMap out) {
    if (hasher == null) {
      return;
    }
    out.putLongs(prefix + "drawnFrom", beforeDraw);
    out.putInts(prefix + "itemCodes", java.util.Arrays.copyOf(itemCodes, itemRows * bits * tables));
    out.putLongs(prefix + "counts", new long[] {rebuilds, rehashes});
  }

  /**
   * Redraws the same functions from the saved random state (leaving {@code rng} as it was) and
   * files the saved codes; {@code fileBuckets} false for callers that only compare codes.
   */
  void restoreState(String prefix, StateMap in, Rng rng, boolean fileBuckets) {
    if (!in.has(prefix + "drawnFrom")) {
      return;
    }
    long[] now = rng.state();
    rng.restore(in.longs(prefix + "drawnFrom"));
    draw(rng);
    rng.restore(now);
    int[] codes = in.ints(prefix + "itemCodes");
    itemCodes = codes.clone();
    itemRows = codes.length / (bits * tables);
    if (fileBuckets) {
      fileItems();
    }
    long[] counts = in.longs(prefix + "counts");
    rebuilds = counts[0];
    rehashes = counts[1];
  }

  /**
   * Calls {@code visit} with the ids in the buckets of query {@code q} (a row of {@code dim}
   * values at {@code offset}): its own bucket in every table, then {@code probes} more per
   * table. Ids come once per bucket they are found in, so a caller can count hits.
   */
  public void query(float[] q, int offset, int probes, IdVisitor visit) {
    System.arraycopy(q, offset, queryRow.data(), 0, dim);
    hasher.hash(queryRow, qCodes, qAlt, qMargin);
    for (int l = 0; l < tables; l++) {
      int base = l * bits;
      visitBucket(l, key(qCodes, base, -1, 0), visit);
      if (probes == 0) {
        continue;
      }
      sortByMargin(base);
      for (int p = 0; p < Math.min(probes, bits); p++) {
        int j = order[p];
        if (qAlt[base + j] != qCodes[base + j]) {
          visitBucket(l, key(qCodes, base, j, qAlt[base + j]), visit);
        }
      }
    }
  }

  private void visitBucket(int table, long key, IdVisitor visit) {
    Bucket b = index[table].get(key);
    if (b != null) {
      for (int i = 0; i < b.size(); i++) {
        visit.visit(b.get(i));
      }
    }
  }

  /** Insertion sort of the table's function positions by margin: K is small (≤ 64). */
  private void sortByMargin(int base) {
    for (int j = 0; j < bits; j++) {
      int k = j;
      while (k > 0 && qMargin[base + order[k - 1]] > qMargin[base + j]) {
        order[k] = order[k - 1];
        k--;
      }
      order[k] = j;
    }
  }

  /** A 64-bit key of K codes, code {@code flip} (if ≥ 0) replaced by {@code value}. */
  private long key(int[] codes, int from, int flip, int value) {
    long h = 0x9E3779B97F4A7C15L;
    for (int j = 0; j < bits; j++) {
      int c = j == flip ? value : codes[from + j];
      h = (h ^ c) * 0xBF58476D1CE4E5B9L;
      h ^= h >>> 31;
    }
    return h;
  }

  /** The codes of the items last filed, row r's K·L codes at r·K·L (read-only). */
  int[] itemCodes() {
    return itemCodes;
  }

  /** Hashes one query row with every function; its K·L codes (read-only, reused). */
  int[] queryCodes(float[] q, int offset) {
    System.arraycopy(q, offset, queryRow.data(), 0, dim);
    hasher.hash(queryRow, qCodes, null, null);
    return qCodes;
  }

  /** Hashes the rows of {@code q} with every function: row r's K·L codes go to {@code out} at r·K·L. */
  void queryCodes(Matrix q, int[] out) {
    hasher.hash(q, out, null, null);
  }

  /** The largest bucket of any table (bounded buckets never exceed their size). */
  public int largestBucket() {
    int[] m = {0};
    for (BucketMap t : index) {
      t.forEach(b -> m[0] = Math.max(m[0], b.size()));
    }
    return m[0];
  }

  public long rebuilds() {
    return rebuilds;
  }

  public long rehashes() {
    return rehashes;
  }

  /** Multiplications to hash {@code rows} vectors with all K × L functions. */
  public long hashMultiplications(int rows) {
    return hasher.multiplications(rows);
  }

  /** Receives the ids found by a query. */
  @FunctionalInterface
  public interface IdVisitor {
    void visit(int id);
  }
}
