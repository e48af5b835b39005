package dev.plasticity.olfaction;

import dev.plasticity.api.sim.StateMap;
import dev.plasticity.api.sim.Stateful;
import java.util.Arrays;

/**
 * Which data-set rows (or classes) a metric has filed since its last evaluation, with the
 * {@link RowStore}s holding them. A run interrupted mid-epoch checkpoints exactly these
 * rows, so that the resumed evaluation scores the same rows as an uninterrupted one.
 */
final class FiledRows implements Stateful {
  private final boolean[] filed;
  private final RowStore[] stores;
  private final int[] scratch;

  FiledRows(int rows, RowStore... stores) {
    this.filed = new boolean[rows];
    this.stores = stores;
    this.scratch = new int[rows];
  }

  void mark(int row) {
    filed[row] = true;
  }

  boolean contains(int row) {
    return filed[row];
  }

  /** Writes the filed rows, in increasing order, into {@code out}; returns how many. */
  int collect(int[] out) {
    int n = 0;
    for (int row = 0; row < filed.length; row++) {
      if (filed[row]) {
        out[n++] = row;
      }
    }
    return n;
  }

  void clear() {
    Arrays.fill(filed, false);
  }

  @Override
  public void saveState(StateMap out) {
    int n = collect(scratch);
    out.putInts("rows", Arrays.copyOf(scratch, n));
    for (int s = 0; s < stores.length; s++) {
      stores[s].save(out, "store" + s + "/", scratch, n);
    }
  }

  @Override
  public void restoreState(StateMap in) {
    clear();
    int[] rows = in.ints("rows");
    for (int row : rows) {
      filed[row] = true;
    }
    for (int s = 0; s < stores.length; s++) {
      stores[s].restore(in, "store" + s + "/", rows);
    }
  }
}
