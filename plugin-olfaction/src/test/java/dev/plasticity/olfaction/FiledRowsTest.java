package dev.plasticity.olfaction;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plasticity.api.math.Matrix;
import dev.plasticity.api.sim.StateMap;
import org.junit.jupiter.api.Test;

class FiledRowsTest {
  @Test
  void aCheckpointRestoresExactlyTheFiledRows() {
    Matrix batch = Matrix.wrap(new float[] {0, 3, 0, 1, 2, 0, 0, 0, 5, 5, 5, 5}, 3, 4);
    RowStore store = new RowStore(10, 4, 4);
    FiledRows filed = new FiledRows(10, store);
    int[] rows = {7, 2, 5};
    for (int r = 0; r < 3; r++) {
      store.put(rows[r], batch, r);
      filed.mark(rows[r]);
    }
    StateMap saved = new StateMap();
    filed.saveState(saved);

    RowStore again = new RowStore(10, 4, 4);
    FiledRows restored = new FiledRows(10, again);
    restored.restoreState(saved);
    int[] order = new int[10];
    assertEquals(3, restored.collect(order));
    assertArrayEquals(new int[] {2, 5, 7}, java.util.Arrays.copyOf(order, 3));
    assertTrue(restored.contains(5));
    assertFalse(restored.contains(3));
    double[] before = new double[3];
    double[] after = new double[3];
    store.squaredDistances(7, order, 3, before);
    again.squaredDistances(7, order, 3, after);
    assertArrayEquals(before, after);
    // Row 7 = (0, 3, 0, 1), row 2 = (2, 0, 0, 0), row 5 = (5, 5, 5, 5).
    assertArrayEquals(new double[] {14, 25 + 4 + 25 + 16, 0}, after);
  }
}
